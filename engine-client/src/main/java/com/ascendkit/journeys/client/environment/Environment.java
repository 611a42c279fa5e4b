package com.ascendkit.journeys.client.environment;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.api.EnvironmentSettings;
import java.util.Objects;

/** The key's environment: name, default sender identity, template variables. */
public final class Environment {
    private final Transport transport;

    public Environment(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/environment}. */
    public EnvironmentSettings get() {
        return transport.send(ApiRequest.get("v1", "environment"), EnvironmentSettings.class);
    }

    /** {@code PUT /v1/environment}. */
    public EnvironmentSettings update(EnvironmentSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return transport.send(
                ApiRequest.put("v1", "environment").body(settings), EnvironmentSettings.class);
    }
}

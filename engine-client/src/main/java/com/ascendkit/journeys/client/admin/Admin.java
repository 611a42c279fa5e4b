package com.ascendkit.journeys.client.admin;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import java.util.Map;
import java.util.Objects;

/**
 * The operator's calls of a local engine. They take the engine's local admin token ({@code
 * adminToken} of the credentials file its launcher writes) as the client's key, never an API key:
 * {@code EngineClient.builder().baseUrl(url).apiKey(adminToken)}.
 */
public final class Admin {
    private final Transport transport;

    public Admin(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST /v1/admin/environments {"name"}}: creates an environment and returns its keys,
     * which the engine shows only this once. An existing name is a {@link
     * com.ascendkit.journeys.client.exception.ConflictException}; a token the engine does not take
     * an {@link com.ascendkit.journeys.client.exception.AuthenticationException}; an engine started
     * without a token a {@link com.ascendkit.journeys.client.exception.NotFoundException}. The
     * engine does not replay it for the automatic {@code Idempotency-Key} (that would store the
     * keys in clear): where an answer may be lost, build the client with {@code maxRetries(0)}, or
     * a retry of a call that did create the environment is a 409 and its keys are gone.
     */
    public CreatedEnvironment createEnvironment(String name) {
        Objects.requireNonNull(name, "name");
        return transport.send(
                ApiRequest.post("v1", "admin", "environments").body(Map.of("name", name)),
                CreatedEnvironment.class);
    }
}

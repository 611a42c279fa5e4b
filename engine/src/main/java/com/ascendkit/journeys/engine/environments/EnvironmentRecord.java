package com.ascendkit.journeys.engine.environments;

import com.ascendkit.journeys.model.api.EnvironmentSettings;
import java.time.Instant;
import java.util.Map;

/** A row of {@code environments}. */
public record EnvironmentRecord(
        String id,
        String name,
        String defaultIdentityEmail,
        Map<String, String> variables,
        Instant createdAt) {

    public EnvironmentRecord {
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    public EnvironmentSettings settings() {
        return new EnvironmentSettings(
                name, defaultIdentityEmail, new java.util.TreeMap<>(variables));
    }
}

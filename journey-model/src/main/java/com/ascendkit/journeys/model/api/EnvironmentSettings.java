package com.ascendkit.journeys.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The key's environment: its name, default sender identity and template variables. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentSettings(
        String name, String defaultIdentityEmail, Map<String, String> variables) {}

package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.api.EnvironmentSettings;
import java.util.Map;
import java.util.TreeMap;

/** {@code environment show}: name, default sender identity, template variables. */
public final class EnvironmentText {
    private EnvironmentText() {}

    public static String render(EnvironmentSettings settings) {
        StringBuilder sb = new StringBuilder();
        sb.append("Environment ").append(settings.name()).append('\n');
        sb.append("  Default identity: ")
                .append(
                        settings.defaultIdentityEmail() == null
                                ? "(none: the engine's default sender)"
                                : settings.defaultIdentityEmail())
                .append('\n');
        Map<String, String> variables =
                settings.variables() == null ? Map.of() : new TreeMap<>(settings.variables());
        if (variables.isEmpty()) {
            sb.append("  Variables: (none)\n");
        } else {
            sb.append("  Variables:\n");
            variables.forEach(
                    (k, v) -> sb.append("    ").append(k).append(" = ").append(v).append('\n'));
        }
        return sb.toString();
    }
}

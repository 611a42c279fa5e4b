package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.model.Quoted;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables an email template is rendered with, later ones winning: the environment's {@code
 * variables}, the sending step's {@code variables}, then the built-ins {@code name} (the user's
 * name, else the part of the address before {@code @}), {@code email}, {@code environment}, {@code
 * provider} and {@code surveyLink} (when the step names a survey). A built-in the user lacks is
 * nil, never an empty string. The send, the preview and the test send all use this one class, so
 * what is previewed is what is sent.
 */
public final class EmailVariables {
    /** The names every template may use whatever the environment and the step define. */
    public static final List<String> BUILT_IN =
            List.of("name", "email", "environment", "provider", "surveyLink");

    private EmailVariables() {}

    /** The recipient's part: what the profile says; null where it says nothing. */
    public record Recipient(String name, String email, String provider) {}

    public static Map<String, String> of(
            Map<String, String> environmentVariables,
            Map<String, String> stepVariables,
            String environmentName,
            Recipient recipient,
            String surveyLink) {
        Map<String, String> values = new HashMap<>(environmentVariables);
        if (stepVariables != null) {
            values.putAll(stepVariables);
        }
        values.put("name", blankToNull(recipient.name()));
        values.put("email", blankToNull(recipient.email()));
        values.put("environment", environmentName);
        values.put("provider", blankToNull(recipient.provider()));
        values.put("surveyLink", surveyLink);
        return values;
    }

    /**
     * What the templates read that nothing provides: not a built-in, not one of {@code provided}
     * (the environment's and the steps' variable names; {@code app.name} provides {@code app}).
     * Throws {@link TemplateSyntaxException} for a template that is not valid Liquid.
     */
    public static Set<String> unprovided(Set<String> provided, String... templates) {
        Set<String> known = new HashSet<>(BUILT_IN);
        for (String name : provided) {
            known.add(name);
            known.add(name.split("\\.", 2)[0]);
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String template : templates) {
            for (String name : TemplateRenderer.variablesRead(template)) {
                if (!known.contains(name)) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    /** The warning a template gets for a variable nothing provides. */
    public static String warning(String variable) {
        return "{{ "
                + variable
                + " }} prints nothing: no profile field, environment variable or step that sends"
                + " this template gives "
                + Quoted.of(variable)
                + " a value";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

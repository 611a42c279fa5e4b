package com.ascendkit.journeys.model.api;

import java.util.List;

/**
 * A template rendered by the engine as a send would render it: the subject, the HTML body (values
 * HTML-escaped) and the text body, null for a body the template lacks; warnings about variables
 * nothing provides; and whose profile it used: {@code "sample"} or {@code "user <userId>"}.
 */
public record TemplatePreview(
        String subject, String html, String text, List<String> warnings, String profile) {

    public TemplatePreview {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}

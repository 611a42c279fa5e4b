package com.ascendkit.journeys.engine.runtime.email;

import java.util.Map;

/**
 * A template rendered for one recipient: the subject on one line (a line break in a header would
 * end it), the HTML body escaped, the text body as written; a body the template lacks is null.
 */
public record RenderedEmail(String subject, String html, String text) {

    /**
     * Renders the three parts; throws {@link TemplateSyntaxException} or {@link
     * IllegalArgumentException} as {@link TemplateRenderer#render} does.
     */
    public static RenderedEmail of(
            String subject, String html, String text, Map<String, String> values) {
        return new RenderedEmail(
                oneLine(TemplateRenderer.render(subject, values, false)),
                TemplateRenderer.render(html, values, true),
                TemplateRenderer.render(text, values, false));
    }

    private static String oneLine(String subject) {
        return subject == null ? null : subject.replaceAll("[\\r\\n]+", " ");
    }
}

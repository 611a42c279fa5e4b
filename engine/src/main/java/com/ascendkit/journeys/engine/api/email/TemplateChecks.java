package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.environments.EnvironmentRecord;
import com.ascendkit.journeys.engine.journeys.TemplateUsages;
import com.ascendkit.journeys.engine.runtime.email.EmailVariables;
import com.ascendkit.journeys.engine.runtime.email.TemplateRenderer;
import com.ascendkit.journeys.engine.runtime.email.TemplateSyntaxException;
import com.ascendkit.journeys.model.api.Template;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What saving, previewing and test-sending a template check: that each part is Liquid (else a 400
 * naming the part, with line and column), and which variables it reads that no profile field,
 * environment variable or step sending it provides (warnings: the template is still saved).
 */
final class TemplateChecks {
    private TemplateChecks() {}

    /** Throws a 400 for the first part (subject, HTML body, text body) that is not Liquid. */
    static void requireLiquid(Template t) {
        check("subject", "the subject", t.subject());
        check("html", "the HTML body", t.html());
        check("text", "the text body", t.text());
    }

    private static void check(String field, String words, String source) {
        try {
            TemplateRenderer.check(source);
        } catch (TemplateSyntaxException e) {
            throw ApiException.invalidAt(
                    field, words + " is not valid Liquid " + e.getMessage(), e.line(), e.column());
        }
    }

    /** One warning per variable nothing provides, in order of first use. */
    static List<String> warnings(
            Template t, EnvironmentRecord environment, List<TemplateUsages.Use> uses) {
        Set<String> provided = new HashSet<>(environment.variables().keySet());
        uses.forEach(u -> provided.addAll(u.variables().keySet()));
        return EmailVariables.unprovided(provided, t.subject(), t.html(), t.text()).stream()
                .map(EmailVariables::warning)
                .toList();
    }

    /** A template with its warnings, as PUT answers it. */
    static Map<String, Object> withWarnings(Template t, List<String> warnings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", t.slug());
        body.put("subject", t.subject());
        if (t.html() != null) {
            body.put("html", t.html());
        }
        if (t.text() != null) {
            body.put("text", t.text());
        }
        body.put("warnings", warnings);
        return body;
    }
}

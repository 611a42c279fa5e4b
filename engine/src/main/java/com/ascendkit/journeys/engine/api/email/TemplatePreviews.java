package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.Repositories;
import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.environments.EnvironmentRecord;
import com.ascendkit.journeys.engine.journeys.TemplateUsages;
import com.ascendkit.journeys.engine.runtime.email.EmailVariables;
import com.ascendkit.journeys.engine.runtime.email.RenderedEmail;
import com.ascendkit.journeys.engine.runtime.email.Sender;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Renders a template as a send would: the environment's variables and name, the variables and
 * survey of the first step that sends it (when it has a slug some journey uses), and a user's
 * profile, or the sample profile (name "Ada", email "ada@example.com", no provider). Stateless,
 * thread-safe.
 */
final class TemplatePreviews {
    static final EmailVariables.Recipient SAMPLE =
            new EmailVariables.Recipient("Ada", "ada@example.com", null);

    private final Repositories repositories;
    private final TemplateUsages usages;

    TemplatePreviews(Repositories repositories, TemplateUsages usages) {
        this.repositories = repositories;
        this.usages = usages;
    }

    /** A rendered template, its warnings and whose profile it used ("sample", "user u1"). */
    record Preview(
            RenderedEmail email,
            List<String> warnings,
            String profile,
            String environmentDefaultSender) {}

    /** What a test send needs once the handle is given back. */
    record Prepared(RenderedEmail email, Sender from) {}

    /** Throws a 400 (with line and column) when a part of {@code template} is not Liquid. */
    Preview render(Handle h, String env, Template template, UserProfile user) {
        TemplateChecks.requireLiquid(template);
        EnvironmentRecord environment =
                repositories
                        .environments()
                        .findById(h, env)
                        .orElseThrow(() -> new IllegalStateException("the environment is gone"));
        List<TemplateUsages.Use> uses =
                template.slug() == null ? List.of() : usages.of(h, env, template.slug());
        Map<String, String> stepVariables = uses.isEmpty() ? null : uses.get(0).variables();
        String surveyLink =
                uses.isEmpty() || uses.get(0).surveySlug() == null
                        ? null
                        : repositories
                                .surveys()
                                .find(h, env, uses.get(0).surveySlug())
                                .map(Survey::url)
                                .orElse(null);
        EmailVariables.Recipient recipient =
                user == null
                        ? SAMPLE
                        : new EmailVariables.Recipient(
                                user.displayName(), user.email(), user.provider());
        Map<String, String> values =
                EmailVariables.of(
                        environment.variables(),
                        stepVariables,
                        environment.name(),
                        recipient,
                        surveyLink);
        RenderedEmail email;
        try {
            email = RenderedEmail.of(template.subject(), template.html(), template.text(), values);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(
                    "template", "the template cannot be rendered: " + e.getMessage());
        }
        return new Preview(
                email,
                TemplateChecks.warnings(template, environment, uses),
                user == null ? "sample" : "user " + user.userId(),
                environment.defaultIdentityEmail());
    }
}

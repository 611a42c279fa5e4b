package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.internal.SlugCatalogHandlers;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.email.TemplateRepository;
import com.ascendkit.journeys.engine.environments.EnvironmentRecord;
import com.ascendkit.journeys.engine.journeys.TemplateUsages;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Template;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * {@code /v1/email/templates}: list, get, PUT (create or replace: refused when a part is not
 * Liquid; answered with warnings for variables nothing provides), delete (refused while an active
 * journey sends it). List and get are {@link SlugCatalogHandlers}'.
 */
public final class TemplateHandlers {
    private static final int MAX_SUBJECT = 998;

    private final SlugCatalogHandlers<Template> catalog;
    private final ApiServices s;
    private final TemplateRepository templates;
    private final TemplateUsages usages;

    public TemplateHandlers(ApiServices services) {
        this.s = services;
        this.templates = services.repositories().templates();
        this.usages = new TemplateUsages(services.repositories().journeys());
        this.catalog =
                new SlugCatalogHandlers<>(
                        services,
                        "template",
                        new SlugCatalogHandlers.Store<>(
                                templates::list,
                                templates::find,
                                templates::upsert,
                                templates::delete));
    }

    public void list(Context ctx) {
        catalog.list(ctx);
    }

    public void get(Context ctx) {
        catalog.get(ctx);
    }

    public void put(Context ctx) {
        String slug = Slugs.require("slug", ctx.pathParam("slug"), "a template");
        JsonObject o = RequestBody.object(ctx).only("slug", "subject", "html", "text");
        catalog.requireSameSlug(o, slug);
        String subject = o.requiredString("subject");
        if (subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw ApiException.invalid(
                    "subject", "'subject' must have 1 to " + MAX_SUBJECT + " characters");
        }
        String html = o.string("html").orElse(null);
        String text = o.string("text").orElse(null);
        if ((html == null || html.isBlank()) && (text == null || text.isBlank())) {
            throw ApiException.invalid(
                    "html", "a template needs a body: give 'html', 'text' or both");
        }
        Template template = new Template(slug, subject, html, text);
        TemplateChecks.requireLiquid(template);
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .write(
                        ctx,
                        h -> {
                            boolean created = templates.upsert(h, env, template);
                            Map<String, Object> body =
                                    TemplateChecks.withWarnings(
                                            template,
                                            TemplateChecks.warnings(
                                                    template,
                                                    environment(h, env),
                                                    usages.of(h, env, slug)));
                            return created ? ApiResult.created(body) : ApiResult.ok(body);
                        });
    }

    /**
     * Deletes the template, unless an active journey sends it (409 naming the journeys and steps):
     * its next email would fail. A draft, paused or archived journey does not hold it; its steps
     * then show a missing-template warning.
     */
    public void delete(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (templates.find(h, env, slug).isEmpty()) {
                                throw ApiException.notFound("no template " + Quoted.of(slug) + "");
                            }
                            List<TemplateUsages.Use> active =
                                    usages.of(h, env, slug).stream()
                                            .filter(u -> u.status() == JourneyStatus.ACTIVE)
                                            .toList();
                            if (!active.isEmpty()) {
                                throw ApiException.conflict(
                                        TemplateUses.refusal(slug, active),
                                        Map.of("journeys", TemplateUses.json(active)));
                            }
                            templates.delete(h, env, slug);
                            return ApiResult.noContent();
                        });
    }

    private EnvironmentRecord environment(Handle h, String env) {
        return s.repositories()
                .environments()
                .findById(h, env)
                .orElseThrow(() -> new IllegalStateException("the caller's environment is gone"));
    }
}

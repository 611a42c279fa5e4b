package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Template;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /v1/email/templates}: list, get, PUT (create or replace), delete. */
public final class TemplateHandlers {
    private static final int MAX_SUBJECT = 998;

    private final ApiServices s;

    public TemplateHandlers(ApiServices services) {
        this.s = services;
    }

    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        Map.of(
                                                "items",
                                                s.repositories().templates().list(h, env))));
    }

    public void get(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        s.repositories()
                                                .templates()
                                                .find(h, env, slug)
                                                .orElseThrow(() -> notFound(slug))));
    }

    public void put(Context ctx) {
        String slug = Slugs.require("slug", ctx.pathParam("slug"), "a template");
        JsonObject o = RequestBody.object(ctx).only("slug", "subject", "html", "text");
        o.string("slug")
                .filter(given -> !given.equals(slug))
                .ifPresent(
                        given -> {
                            throw ApiException.invalid(
                                    "slug",
                                    "'slug' is '"
                                            + given
                                            + "' but the path names template '"
                                            + slug
                                            + "'");
                        });
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
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .write(
                        ctx,
                        h ->
                                s.repositories().templates().upsert(h, env, template)
                                        ? ApiResult.created(template)
                                        : ApiResult.ok(template));
    }

    public void delete(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (!s.repositories().templates().delete(h, env, slug)) {
                                throw notFound(slug);
                            }
                            return ApiResult.noContent();
                        });
    }

    private static ApiException notFound(String slug) {
        return ApiException.notFound("no template '" + slug + "'");
    }
}

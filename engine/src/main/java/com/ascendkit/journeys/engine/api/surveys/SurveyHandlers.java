package com.ascendkit.journeys.engine.api.surveys;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Survey;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/** {@code /v1/surveys}: list, get, PUT (create or replace), delete. */
public final class SurveyHandlers {
    private final ApiServices s;

    public SurveyHandlers(ApiServices services) {
        this.s = services;
    }

    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        Map.of("items", s.repositories().surveys().list(h, env))));
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
                                                .surveys()
                                                .find(h, env, slug)
                                                .orElseThrow(() -> notFound(slug))));
    }

    public void put(Context ctx) {
        String slug = Slugs.require("slug", ctx.pathParam("slug"), "a survey");
        JsonObject o = RequestBody.object(ctx).only("slug", "title", "url");
        o.string("slug")
                .filter(given -> !given.equals(slug))
                .ifPresent(
                        given -> {
                            throw ApiException.invalid(
                                    "slug",
                                    "'slug' is '"
                                            + given
                                            + "' but the path names survey '"
                                            + slug
                                            + "'");
                        });
        String title = o.requiredString("title");
        if (title.isBlank() || title.length() > 300) {
            throw ApiException.invalid("title", "'title' must have 1 to 300 characters");
        }
        Survey survey = new Survey(slug, title, requireUrl(o.requiredString("url")));
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .write(
                        ctx,
                        h ->
                                s.repositories().surveys().upsert(h, env, survey)
                                        ? ApiResult.created(survey)
                                        : ApiResult.ok(survey));
    }

    public void delete(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (!s.repositories().surveys().delete(h, env, slug)) {
                                throw notFound(slug);
                            }
                            return ApiResult.noContent();
                        });
    }

    private static String requireUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (url.length() <= 2000
                    && uri.getHost() != null
                    && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ApiException.invalid(
                "url", "invalid URL '" + url + "' in 'url': use an http(s) address");
    }

    private static ApiException notFound(String slug) {
        return ApiException.notFound("no survey '" + slug + "'");
    }
}

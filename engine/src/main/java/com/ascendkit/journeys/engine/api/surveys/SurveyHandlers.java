package com.ascendkit.journeys.engine.api.surveys;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.internal.SlugCatalogHandlers;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.surveys.SurveyRepository;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Survey;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code /v1/surveys}: list, get, PUT (create or replace), delete. The catalog plumbing is {@link
 * SlugCatalogHandlers}'; this class reads and checks a survey body.
 */
public final class SurveyHandlers {
    private final SlugCatalogHandlers<Survey> catalog;

    public SurveyHandlers(ApiServices services) {
        SurveyRepository surveys = services.repositories().surveys();
        this.catalog =
                new SlugCatalogHandlers<>(
                        services,
                        "survey",
                        new SlugCatalogHandlers.Store<>(
                                surveys::list, surveys::find, surveys::upsert, surveys::delete));
    }

    public void list(Context ctx) {
        catalog.list(ctx);
    }

    public void get(Context ctx) {
        catalog.get(ctx);
    }

    public void put(Context ctx) {
        String slug = Slugs.require("slug", ctx.pathParam("slug"), "a survey");
        JsonObject o = RequestBody.object(ctx).only("slug", "title", "url");
        catalog.requireSameSlug(o, slug);
        String title = o.requiredString("title");
        if (title.isBlank() || title.length() > 300) {
            throw ApiException.invalid("title", "'title' must have 1 to 300 characters");
        }
        catalog.put(ctx, new Survey(slug, title, requireUrl(o.requiredString("url"))));
    }

    public void delete(Context ctx) {
        catalog.delete(ctx);
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
                "url", "invalid URL " + Quoted.of(url) + " in 'url': use an http(s) address");
    }
}

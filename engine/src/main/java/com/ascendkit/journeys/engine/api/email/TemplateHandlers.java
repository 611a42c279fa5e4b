package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.internal.SlugCatalogHandlers;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.email.TemplateRepository;
import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Template;
import io.javalin.http.Context;

/**
 * {@code /v1/email/templates}: list, get, PUT (create or replace), delete. The catalog plumbing is
 * {@link SlugCatalogHandlers}'; this class reads and checks a template body.
 */
public final class TemplateHandlers {
    private static final int MAX_SUBJECT = 998;

    private final SlugCatalogHandlers<Template> catalog;

    public TemplateHandlers(ApiServices services) {
        TemplateRepository templates = services.repositories().templates();
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
        catalog.put(ctx, new Template(slug, subject, html, text));
    }

    public void delete(Context ctx) {
        catalog.delete(ctx);
    }
}

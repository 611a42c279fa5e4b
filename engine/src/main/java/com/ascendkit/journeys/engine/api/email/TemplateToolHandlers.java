package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.RequestBody;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.journeys.TemplateUsages;
import com.ascendkit.journeys.engine.runtime.email.TestSender;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.api.Template;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the editor's Templates view calls besides the catalog: {@code POST
 * /v1/email/templates/preview} renders unsaved content for a user or the sample profile; {@code
 * POST /v1/email/templates/{slug}/test} sends the saved template to an address; {@code GET
 * /v1/email/templates/{slug}/usage} lists the journeys that send it. Rendering is {@link
 * TemplatePreviews}', the very code a send uses.
 */
public final class TemplateToolHandlers {
    private final ApiServices s;
    private final TemplatePreviews previews;
    private final TemplateUsages usages;

    public TemplateToolHandlers(ApiServices services) {
        this.s = services;
        this.usages = new TemplateUsages(services.repositories().journeys());
        this.previews = new TemplatePreviews(services.repositories(), usages);
    }

    public void preview(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        JsonObject o = RequestBody.object(ctx).only("template", "userId");
        JsonObject t = o.requiredObject("template").only("slug", "subject", "html", "text");
        Template template =
                new Template(
                        t.string("slug").orElse(null),
                        t.string("subject").orElse(""),
                        t.string("html").orElse(null),
                        t.string("text").orElse(null));
        UserProfile user = user(env, o.string("userId").orElse(null));
        s.calls()
                .read(
                        ctx,
                        h -> {
                            TemplatePreviews.Preview p = previews.render(h, env, template, user);
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("subject", p.email().subject());
                            body.put("html", p.email().html());
                            body.put("text", p.email().text());
                            body.put("warnings", p.warnings());
                            body.put("profile", p.profile());
                            return ApiResult.ok(body);
                        });
    }

    public void test(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        JsonObject o = RequestBody.object(ctx).only("to", "userId");
        String to = Emails.require("to", o.requiredString("to"));
        UserProfile user = user(env, o.string("userId").orElse(null));
        TestSender sender = s.runtime().testSender();
        TemplatePreviews.Prepared prepared = prepare(env, slug, user, sender);
        TestSender.Delivery delivery =
                deliver(sender, env, user == null ? null : user.userId(), to, prepared);
        s.calls().read(ctx, h -> ApiResult.ok(delivery));
    }

    public void usage(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .read(
                        ctx,
                        h -> {
                            if (s.repositories().templates().find(h, env, slug).isEmpty()) {
                                throw noTemplate(slug);
                            }
                            return ApiResult.ok(
                                    Map.of("journeys", TemplateUses.json(usages.of(h, env, slug))));
                        });
    }

    /** Renders the saved template on a handle given back before the SMTP conversation starts. */
    private TemplatePreviews.Prepared prepare(
            String env, String slug, UserProfile user, TestSender sender) {
        return s.database()
                .jdbi()
                .withHandle(
                        h -> {
                            Template template =
                                    s.repositories()
                                            .templates()
                                            .find(h, env, slug)
                                            .orElseThrow(() -> noTemplate(slug));
                            TemplatePreviews.Preview p = previews.render(h, env, template, user);
                            return new TemplatePreviews.Prepared(
                                    p.email(), sender.sender(h, env, p.environmentDefaultSender()));
                        });
    }

    private static ApiException noTemplate(String slug) {
        return ApiException.notFound("no template " + Quoted.of(slug) + "");
    }

    private static TestSender.Delivery deliver(
            TestSender sender,
            String env,
            String userId,
            String to,
            TemplatePreviews.Prepared prepared) {
        try {
            return sender.send(env, userId, to, prepared.from(), prepared.email());
        } catch (TestSender.FailedException e) {
            throw ApiException.badGateway(e.getMessage());
        }
    }

    /** The user's profile, or null for the sample profile; 404 for a user id nobody has. */
    private UserProfile user(String env, String userId) {
        if (userId == null) {
            return null;
        }
        return s.runtime()
                .users()
                .get(env, userId)
                .orElseThrow(() -> ApiException.notFound("no user " + Quoted.of(userId) + ""))
                .profile();
    }
}

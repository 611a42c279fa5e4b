package com.ascendkit.journeys.client.email;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.ApiResponse;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.api.SavedTemplate;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.api.TemplatePreview;
import com.ascendkit.journeys.model.api.TemplateUsage;
import com.ascendkit.journeys.model.api.TestSend;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Email templates of the key's environment, by slug. */
public final class Templates {
    private final Transport transport;

    public Templates(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/email/templates}. */
    public List<Template> list() {
        return transport
                .decoder()
                .list(
                        transport.execute(ApiRequest.get("v1", "email", "templates")),
                        Template.class);
    }

    /** {@code GET /v1/email/templates/{slug}}. */
    public Template get(String slug) {
        return transport.send(ApiRequest.get("v1", "email", "templates", slug), Template.class);
    }

    /**
     * {@code PUT /v1/email/templates/{slug}}: creates or replaces {@code template.slug()}; {@link
     * #save} also returns the warnings.
     */
    public Template put(Template template) {
        return save(template).template();
    }

    /**
     * {@code PUT /v1/email/templates/{slug}}: creates or replaces {@code template.slug()} and
     * returns it with warnings about variables nothing provides. A part that is not valid Liquid is
     * an {@link com.ascendkit.journeys.client.exception.InvalidRequestException} whose field is
     * {@code subject}, {@code html} or {@code text} and whose message says the line and column.
     */
    public SavedTemplate save(Template template) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(template.slug(), "template slug");
        ApiResponse response =
                transport.execute(
                        ApiRequest.put("v1", "email", "templates", template.slug()).body(template));
        JsonNode body = transport.decoder().tree(response);
        Template saved = transport.decoder().convert(response, body, Template.class);
        List<String> warnings = new ArrayList<>();
        body.path("warnings").forEach(w -> warnings.add(w.asText()));
        return new SavedTemplate(saved, warnings);
    }

    /**
     * {@code POST /v1/email/templates/preview}: renders {@code template} (saved or not; its slug
     * may be null) as a send would, for {@code userIdOrNull} or, when null, the sample profile.
     */
    public TemplatePreview preview(Template template, String userIdOrNull) {
        Objects.requireNonNull(template, "template");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", template);
        if (userIdOrNull != null) {
            body.put("userId", userIdOrNull);
        }
        return transport.send(
                ApiRequest.post("v1", "email", "templates", "preview").body(body),
                TemplatePreview.class);
    }

    /**
     * {@code POST /v1/email/templates/{slug}/test}: sends the saved template, rendered for {@code
     * userIdOrNull} (null: the sample profile), to {@code to}, through the engine's SMTP server or,
     * without one, into the outbox.
     */
    public TestSend sendTest(String slug, String to, String userIdOrNull) {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(to, "to");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (userIdOrNull != null) {
            body.put("userId", userIdOrNull);
        }
        return transport.send(
                ApiRequest.post("v1", "email", "templates", slug, "test").body(body),
                TestSend.class);
    }

    /** {@code GET /v1/email/templates/{slug}/usage}: the journeys that send the template. */
    public TemplateUsage usage(String slug) {
        return transport.send(
                ApiRequest.get("v1", "email", "templates", slug, "usage"), TemplateUsage.class);
    }

    /**
     * {@code DELETE /v1/email/templates/{slug}}; a {@link
     * com.ascendkit.journeys.client.exception.ConflictException} naming the journeys while an
     * active journey sends it.
     */
    public void delete(String slug) {
        transport.execute(ApiRequest.delete("v1", "email", "templates", slug));
    }
}

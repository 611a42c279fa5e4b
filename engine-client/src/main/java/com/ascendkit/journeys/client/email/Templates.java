package com.ascendkit.journeys.client.email;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.api.Template;
import java.util.List;
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

    /** {@code PUT /v1/email/templates/{slug}}: creates or replaces {@code template.slug()}. */
    public Template put(Template template) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(template.slug(), "template slug");
        return transport.send(
                ApiRequest.put("v1", "email", "templates", template.slug()).body(template),
                Template.class);
    }

    /** {@code DELETE /v1/email/templates/{slug}}. */
    public void delete(String slug) {
        transport.execute(ApiRequest.delete("v1", "email", "templates", slug));
    }
}

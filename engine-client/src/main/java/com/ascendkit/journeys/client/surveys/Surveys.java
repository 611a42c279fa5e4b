package com.ascendkit.journeys.client.surveys;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.api.Survey;
import java.util.List;
import java.util.Objects;

/** Surveys a {@code send_email} node can link to, by slug. */
public final class Surveys {
    private final Transport transport;

    public Surveys(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/surveys}. */
    public List<Survey> list() {
        return transport
                .decoder()
                .list(transport.execute(ApiRequest.get("v1", "surveys")), Survey.class);
    }

    /** {@code GET /v1/surveys/{slug}}. */
    public Survey get(String slug) {
        return transport.send(ApiRequest.get("v1", "surveys", slug), Survey.class);
    }

    /** {@code PUT /v1/surveys/{slug}}: creates or replaces {@code survey.slug()}. */
    public Survey put(Survey survey) {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(survey.slug(), "survey slug");
        return transport.send(
                ApiRequest.put("v1", "surveys", survey.slug()).body(survey), Survey.class);
    }

    /** {@code DELETE /v1/surveys/{slug}}. */
    public void delete(String slug) {
        transport.execute(ApiRequest.delete("v1", "surveys", slug));
    }
}

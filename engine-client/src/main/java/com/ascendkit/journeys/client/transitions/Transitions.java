package com.ascendkit.journeys.client.transitions;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.Transition;
import java.util.List;
import java.util.Objects;

/** The transitions of a journey, one incremental call per edit. Each change answers the journey. */
public final class Transitions {
    private final Transport transport;

    public Transitions(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/journeys/{id}/transitions}: all, in definition order. */
    public List<Transition> list(String journeyId) {
        return list(journeyId, null, null);
    }

    /** {@code GET /v1/journeys/{id}/transitions?from=&to=}: filtered (null: any). */
    public List<Transition> list(String journeyId, String from, String to) {
        ApiRequest call =
                ApiRequest.get("v1", "journeys", journeyId, "transitions")
                        .query("from", from)
                        .query("to", to);
        return transport.decoder().list(transport.execute(call), Transition.class);
    }

    /** {@code POST /v1/journeys/{id}/transitions}. */
    public JourneyResult add(String journeyId, AddTransitionRequest request) {
        return add(journeyId, request, RequestOptions.none());
    }

    /** {@code POST /v1/journeys/{id}/transitions} with options. */
    public JourneyResult add(
            String journeyId, AddTransitionRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return journey(
                ApiRequest.post("v1", "journeys", journeyId, "transitions")
                        .body(request)
                        .options(options));
    }

    /** {@code PATCH /v1/journeys/{id}/transitions/{name}}. */
    public JourneyResult update(String journeyId, String name, UpdateTransitionRequest request) {
        return update(journeyId, name, request, RequestOptions.none());
    }

    /**
     * {@code PATCH /v1/journeys/{id}/transitions/{name}} with options (retried only with If-Match).
     */
    public JourneyResult update(
            String journeyId,
            String name,
            UpdateTransitionRequest request,
            RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return journey(
                ApiRequest.patch("v1", "journeys", journeyId, "transitions", name)
                        .body(request)
                        .options(options));
    }

    /** {@code DELETE /v1/journeys/{id}/transitions/{name}}. */
    public JourneyResult remove(String journeyId, String name) {
        return remove(journeyId, name, RequestOptions.none());
    }

    /** {@code DELETE /v1/journeys/{id}/transitions/{name}} with options. */
    public JourneyResult remove(String journeyId, String name, RequestOptions options) {
        return journey(
                ApiRequest.delete("v1", "journeys", journeyId, "transitions", name)
                        .options(options));
    }

    private JourneyResult journey(ApiRequest call) {
        return transport.decoder().journey(transport.execute(call), call.options());
    }
}

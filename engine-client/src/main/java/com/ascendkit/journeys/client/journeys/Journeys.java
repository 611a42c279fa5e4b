package com.ascendkit.journeys.client.journeys;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.EventStream;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.client.stream.JourneyStreamListener;
import com.ascendkit.journeys.client.stream.Subscription;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.model.api.JourneySummary;
import java.util.List;
import java.util.Objects;

/** Journeys: create, read, change, lifecycle, analytics, export/import, live stream. */
public final class Journeys {
    private static final String V1 = "v1";
    private static final String JOURNEYS = "journeys";

    private final Transport transport;

    public Journeys(Transport transport) {
        this.transport = transport;
    }

    /** {@code POST /v1/journeys}: a new draft journey (201). */
    public JourneyResult create(CreateJourneyRequest request) {
        return create(request, RequestOptions.none());
    }

    /** {@code POST /v1/journeys} with options (e.g. the caller's own idempotency key). */
    public JourneyResult create(CreateJourneyRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return journey(ApiRequest.post(V1, JOURNEYS).body(request).options(options));
    }

    /** {@code GET /v1/journeys}: every journey of the key's environment. */
    public List<JourneySummary> list() {
        return list(null);
    }

    /** {@code GET /v1/journeys?status=}: the journeys in {@code status} (null: all). */
    public List<JourneySummary> list(JourneyStatus status) {
        ApiRequest call =
                ApiRequest.get(V1, JOURNEYS)
                        .query("status", status == null ? null : status.wireName());
        return transport.decoder().list(transport.execute(call), JourneySummary.class);
    }

    /** {@code GET /v1/journeys/{id}}: definition, stats, warnings and version. */
    public JourneyResult get(String id) {
        return journey(ApiRequest.get(V1, JOURNEYS, id));
    }

    /** {@code PATCH /v1/journeys/{id}}: changes only the fields the request sets. */
    public JourneyResult update(String id, UpdateJourneyRequest request) {
        return update(id, request, RequestOptions.none());
    }

    /**
     * {@code PATCH /v1/journeys/{id}} with options. Retried after a connection failure or 5xx only
     * with {@link RequestOptions#ifMatch(long)}; a replay after an unseen success then gets 412.
     */
    public JourneyResult update(String id, UpdateJourneyRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return journey(ApiRequest.patch(V1, JOURNEYS, id).body(request).options(options));
    }

    /** {@code DELETE /v1/journeys/{id}}: the journey and every user state in it. */
    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    /** {@code DELETE /v1/journeys/{id}} with options. */
    public void delete(String id, RequestOptions options) {
        transport.execute(ApiRequest.delete(V1, JOURNEYS, id).options(options));
    }

    /** {@code POST /v1/journeys/{id}/activate}. */
    public JourneyResult activate(String id) {
        return activate(id, RequestOptions.none());
    }

    /** {@code POST /v1/journeys/{id}/activate} with options. */
    public JourneyResult activate(String id, RequestOptions options) {
        return lifecycle(id, "activate", options);
    }

    /** {@code POST /v1/journeys/{id}/pause}. */
    public JourneyResult pause(String id) {
        return pause(id, RequestOptions.none());
    }

    /** {@code POST /v1/journeys/{id}/pause} with options. */
    public JourneyResult pause(String id, RequestOptions options) {
        return lifecycle(id, "pause", options);
    }

    /** {@code POST /v1/journeys/{id}/archive}: permanent. */
    public JourneyResult archive(String id) {
        return archive(id, RequestOptions.none());
    }

    /** {@code POST /v1/journeys/{id}/archive} with options. */
    public JourneyResult archive(String id, RequestOptions options) {
        return lifecycle(id, "archive", options);
    }

    /** {@code GET /v1/journeys/{id}/analytics}. */
    public JourneyAnalytics analytics(String id) {
        return transport.send(
                ApiRequest.get(V1, JOURNEYS, id, "analytics"), JourneyAnalytics.class);
    }

    /**
     * {@code GET /v1/journeys/{id}/failures}: where and why users failed. It reads the journey's
     * visits: ask when its {@code stats.failed} is above zero.
     */
    public JourneyFailures failures(String id) {
        return transport.send(ApiRequest.get(V1, JOURNEYS, id, "failures"), JourneyFailures.class);
    }

    /** {@code GET /v1/journeys/{id}/export}: the {@code journey/1} document. */
    public ExportedJourney export(String id) {
        return transport.send(ApiRequest.get(V1, JOURNEYS, id, "export"), ExportedJourney.class);
    }

    /** {@code POST /v1/journeys/import}: a new draft journey from an export (new id). */
    public JourneyResult importJourney(ExportedJourney document) {
        return importJourney(document, RequestOptions.none());
    }

    /** {@code POST /v1/journeys/import} with options. */
    public JourneyResult importJourney(ExportedJourney document, RequestOptions options) {
        Objects.requireNonNull(document, "document");
        return journey(ApiRequest.post(V1, JOURNEYS, "import").body(document).options(options));
    }

    /**
     * {@code GET /v1/journeys/{id}/stream}: subscribes to the journey's server-sent events ({@code
     * journey} on each change, {@code analytics} when counts change). Returns at once; events reach
     * {@code listener} on an OkHttp thread until the handle is cancelled.
     */
    public Subscription stream(String id, JourneyStreamListener listener) {
        Objects.requireNonNull(listener, "listener");
        return EventStream.open(transport, ApiRequest.get(V1, JOURNEYS, id, "stream"), listener);
    }

    private JourneyResult lifecycle(String id, String verb, RequestOptions options) {
        return journey(ApiRequest.post(V1, JOURNEYS, id, verb).options(options));
    }

    private JourneyResult journey(ApiRequest call) {
        return transport.decoder().journey(transport.execute(call), call.options());
    }
}

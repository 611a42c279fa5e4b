package com.ascendkit.journeys.client.events;

import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.ApiResponse;
import com.ascendkit.journeys.client.internal.Transport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Events that enroll and move users. A 2xx means its enrollments, moves and outbox rows are durable
 * and visible to the next read. Every call carries an {@code Idempotency-Key}, so a retry never
 * applies an event twice.
 */
public final class Events {
    /** The engine's per-batch limit. */
    public static final int MAX_BATCH = 1000;

    private final Transport transport;

    public Events(Transport transport) {
        this.transport = transport;
    }

    /** {@code POST /v1/events/track}: an app event (a publishable key may call it). */
    public EventReceipt track(TrackEvent event) {
        return track(event, RequestOptions.none());
    }

    /** {@code POST /v1/events/track} with options (e.g. the app's own idempotency key). */
    public EventReceipt track(TrackEvent event, RequestOptions options) {
        Objects.requireNonNull(event, "event");
        ApiRequest call = ApiRequest.post("v1", "events", "track").body(event).options(options);
        return receipt(transport.execute(call), event.userId(), event.event());
    }

    /** {@code POST /v1/events/system}: a built-in event (secret key only). */
    public EventReceipt system(SystemEvent event) {
        return system(event, RequestOptions.none());
    }

    /** {@code POST /v1/events/system} with options. */
    public EventReceipt system(SystemEvent event, RequestOptions options) {
        Objects.requireNonNull(event, "event");
        ApiRequest call = ApiRequest.post("v1", "events", "system").body(event).options(options);
        return receipt(transport.execute(call), event.userId(), event.event());
    }

    /** {@code POST /v1/events/batch}: up to 1,000 events, applied in order. */
    public BatchResult batch(List<BatchEvent> events) {
        return batch(events, RequestOptions.none());
    }

    /** {@code POST /v1/events/batch} with options. */
    public BatchResult batch(List<BatchEvent> events, RequestOptions options) {
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            throw new IllegalArgumentException(
                    "a batch holds 1 to " + MAX_BATCH + " events, got " + events.size());
        }
        ApiRequest call =
                ApiRequest.post("v1", "events", "batch")
                        .body(Map.of("events", List.copyOf(events)))
                        .options(options);
        ApiResponse response = transport.execute(call);
        return new BatchResult(
                transport.decoder().list(response, BatchResult.Item.class, "results"));
    }

    /** The engine's receipt; an empty 2xx body is an acceptance of what was sent. */
    private EventReceipt receipt(ApiResponse response, String userId, String event) {
        if (response.isEmpty()) {
            return new EventReceipt(true, userId, event);
        }
        EventReceipt body = transport.decoder().read(response, EventReceipt.class);
        return new EventReceipt(
                true,
                body.userId() == null ? userId : body.userId(),
                body.event() == null ? event : body.event());
    }
}

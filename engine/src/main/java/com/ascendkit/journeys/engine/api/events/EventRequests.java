package com.ascendkit.journeys.engine.api.events;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.runtime.events.BatchEvent;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Quoted;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads event request bodies strictly (unknown fields and wrong types are a 400 naming the field).
 * Names and ids are checked by the run-time, which names the field too.
 */
final class EventRequests {
    private static final TypeReference<Map<String, Object>> PROPERTIES = new TypeReference<>() {};

    private EventRequests() {}

    /** {@code POST /v1/events/track} and a {@code kind: track} event of a batch. */
    static BatchEvent track(JsonObject body) {
        body.only("userId", "event", "properties", "timestamp");
        return new BatchEvent(
                "track",
                body.requiredString("userId"),
                body.requiredString("event"),
                properties(body),
                timestamp(body));
    }

    /** {@code POST /v1/events/system}. */
    static BatchEvent system(JsonObject body) {
        body.only("userId", "event", "properties");
        return new BatchEvent(
                "system",
                body.requiredString("userId"),
                body.requiredString("event"),
                properties(body),
                null);
    }

    /**
     * One event of a batch, read from an object whose path is "" so that its fields are named
     * relative to the event ({@code event}), as the batch answer reports them.
     */
    static BatchEvent batchEvent(JsonObject event) {
        event.only("kind", "userId", "event", "properties", "timestamp");
        String kind = event.requiredString("kind");
        if (!kind.equals("track") && !kind.equals("system")) {
            throw ApiException.invalid(
                    "kind", "invalid kind " + Quoted.of(kind) + " in 'kind': use track or system");
        }
        // A system event's timestamp is checked, then ignored like every timestamp: the engine's
        // clock decides entered-at and due times.
        return new BatchEvent(
                kind,
                event.requiredString("userId"),
                event.requiredString("event"),
                properties(event),
                timestamp(event));
    }

    private static Map<String, Object> properties(JsonObject body) {
        return body.object("properties")
                .map(p -> EngineJson.mapper().convertValue(body.raw("properties"), PROPERTIES))
                .orElse(null);
    }

    private static Instant timestamp(JsonObject body) {
        return body.string("timestamp")
                .map(
                        text -> {
                            try {
                                return OffsetDateTime.parse(text).toInstant();
                            } catch (DateTimeParseException e) {
                                throw ApiException.invalid(
                                        body.field("timestamp"),
                                        "invalid timestamp "
                                                + Quoted.of(text)
                                                + " in '"
                                                + body.field("timestamp")
                                                + "': use ISO-8601 with an offset, e.g."
                                                + " 2026-03-01T09:00:00Z");
                            }
                        })
                .orElse(null);
    }
}

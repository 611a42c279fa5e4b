package com.ascendkit.journeys.client.events;

import com.ascendkit.journeys.model.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /v1/events/track}: an app event ({@code completed_onboarding} is recorded as {@code
 * app.completed_onboarding}). {@code properties} and {@code timestamp} are optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackEvent(
        String userId, String event, Map<String, Object> properties, Instant timestamp) {

    public TrackEvent {
        requireText("userId", userId);
        requireText("event", event);
        properties = properties == null ? null : Map.copyOf(properties);
    }

    public static TrackEvent of(String userId, String event) {
        return new TrackEvent(userId, event, null, null);
    }

    public TrackEvent withProperties(Map<String, Object> value) {
        return new TrackEvent(userId, event, value, timestamp);
    }

    public TrackEvent withTimestamp(Instant value) {
        return new TrackEvent(userId, event, properties, value);
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
    }
}

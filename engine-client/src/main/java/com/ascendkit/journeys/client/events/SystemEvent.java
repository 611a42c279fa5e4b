package com.ascendkit.journeys.client.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * {@code POST /v1/events/system}: a built-in event ({@code user.created}, {@code user.login},
 * {@code user.signout}, {@code user.waitlisted}, {@code user.waitlist_approved}), sent by the
 * application's own auth code with a secret key. The engine rejects any other name (400).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SystemEvent(String userId, String event, Map<String, Object> properties) {

    public SystemEvent {
        TrackEvent.requireText("userId", userId);
        TrackEvent.requireText("event", event);
        properties = properties == null ? null : Map.copyOf(properties);
    }

    public static SystemEvent of(String userId, String event) {
        return new SystemEvent(userId, event, null);
    }

    public SystemEvent withProperties(Map<String, Object> value) {
        return new SystemEvent(userId, event, value);
    }
}

package com.ascendkit.journeys.client.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** One event of {@code POST /v1/events/batch}: {@code kind} is {@code track} or {@code system}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchEvent(
        String kind,
        String userId,
        String event,
        Map<String, Object> properties,
        Instant timestamp) {

    public static BatchEvent track(TrackEvent e) {
        return new BatchEvent("track", e.userId(), e.event(), e.properties(), e.timestamp());
    }

    public static BatchEvent system(SystemEvent e) {
        return new BatchEvent("system", e.userId(), e.event(), e.properties(), null);
    }
}

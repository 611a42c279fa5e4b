package com.ascendkit.journeys.engine.runtime.events;

import java.time.Instant;
import java.util.Map;

/** One event of {@code POST /v1/events/batch}: {@code kind} is {@code track} or {@code system}. */
public record BatchEvent(
        String kind,
        String userId,
        String event,
        Map<String, Object> properties,
        Instant timestamp) {}

package com.ascendkit.journeys.engine.runtime.steps;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a user entered a journey or moved in it: an event with its properties, or a timer with the
 * time it was due (the step's own time says when it fired).
 */
public record Cause(String event, Map<String, Object> properties, Instant dueAt) {
    public Cause {
        // an event's property may be null, which Map.copyOf refuses
        properties =
                properties == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static Cause event(String name, Map<String, Object> properties) {
        return new Cause(name, properties, null);
    }

    public static Cause timer(Instant dueAt) {
        return new Cause(null, null, dueAt);
    }
}

package com.ascendkit.journeys.client.people;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded step of a user in a journey. {@code kind} is one of: {@code entered} (the entry
 * event and its properties), {@code moved} (along {@code transition} from {@code node} to {@code
 * to}, by an event with its properties or by a timer with its due and fired times), {@code
 * relocated} (their step was removed; {@code reason}), {@code action} (the step's action: {@code
 * action} is its type, {@code outcome} queued, done or failed, {@code messageId} for an email),
 * {@code held} (the action was queued while the journey was paused), {@code email} (the email's
 * delivery: outcome sent or failed), {@code completed}, {@code failed} and {@code exited} (with
 * {@code reason}). {@code summary} says it in one line of words. Fields that do not apply are null.
 */
public record Step(
        long seq,
        Instant at,
        String kind,
        String node,
        int visitNo,
        String transition,
        String to,
        String event,
        Map<String, Object> properties,
        Instant dueAt,
        Instant firedAt,
        String action,
        String outcome,
        String messageId,
        String reason,
        String summary) {
    public Step {
        // a property may be null in an event; Map.copyOf would refuse it
        properties =
                properties == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}

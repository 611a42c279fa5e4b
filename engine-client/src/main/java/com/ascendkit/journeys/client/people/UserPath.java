package com.ascendkit.journeys.client.people;

import java.time.Instant;
import java.util.List;

/**
 * One user's path through one journey: their state now and every recorded step, oldest first.
 * {@code waiting} lists the timers set on their current step with their due times (empty when none
 * or when the state ended).
 */
public record UserPath(
        String journeyId,
        String userId,
        String status,
        String node,
        Instant enteredAt,
        Instant enrolledAt,
        Instant endedAt,
        List<Waiting> waiting,
        List<Step> steps) {
    public UserPath {
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A timer transition out of the current step and when it fires. */
    public record Waiting(String transition, String to, Instant dueAt) {}
}

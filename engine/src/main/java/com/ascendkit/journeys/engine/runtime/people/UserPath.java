package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.engine.runtime.steps.StepRow;
import java.time.Instant;
import java.util.List;

/** One user's path in one journey: the state now, the timers waiting, every step in order. */
public record UserPath(
        String journeyId,
        String userId,
        String status,
        String node,
        Instant enteredAt,
        Instant enrolledAt,
        Instant endedAt,
        List<Waiting> waiting,
        List<StepRow> steps) {
    public UserPath {
        waiting = List.copyOf(waiting);
        steps = List.copyOf(steps);
    }

    /** A timer transition out of the current node, and when it is due. */
    public record Waiting(String transition, String to, Instant dueAt) {}
}

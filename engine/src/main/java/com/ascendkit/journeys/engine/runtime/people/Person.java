package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.engine.runtime.steps.StepRow;
import java.time.Instant;

/**
 * A user in a journey: status, node (where they are, or where the state ended) since {@code
 * enteredAt}, why the state failed or exited ({@code reason}, without the user's own id), and the
 * last recorded step (null for a state older than step recording).
 */
public record Person(
        String userId,
        String email,
        String status,
        String node,
        Instant enteredAt,
        Instant enrolledAt,
        Instant endedAt,
        String reason,
        StepRow lastStep) {}

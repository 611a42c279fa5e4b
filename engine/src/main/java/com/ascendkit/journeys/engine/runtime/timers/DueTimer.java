package com.ascendkit.journeys.engine.runtime.timers;

import java.time.Instant;

/** A pending timer transition of one user's node visit: a row of {@code journey_timers}. */
public record DueTimer(
        long id,
        String environmentId,
        String journeyId,
        String userId,
        int visitNo,
        String transition,
        Instant dueAt) {}

package com.ascendkit.journeys.engine.runtime.timers;

import java.time.Instant;

/** Applies one claimed timer, in its own transaction. Implemented by the state machine. */
@FunctionalInterface
public interface TimerFiring {
    /**
     * Moves the user along the timer's transition as of {@code at}, unless the timer no longer
     * applies (the user left that visit, the timer was re-timed or taken by another claimer); in
     * every case the timer row is gone afterwards. Returns whether the user moved.
     */
    boolean fire(DueTimer timer, String claimer, Instant at);
}

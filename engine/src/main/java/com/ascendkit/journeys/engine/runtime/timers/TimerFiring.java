package com.ascendkit.journeys.engine.runtime.timers;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Applies claimed timers. Implemented by the state machine. */
@FunctionalInterface
public interface TimerFiring {
    /** How many of the timers were taken (a prefix of the list) and how many moved a user. */
    record Fired(int taken, int moved) {}

    /**
     * Applies {@code timers} (claimed by {@code claimer}, in due order) in one transaction, each as
     * of {@code at.apply(timer)}: moves the user along the timer's transition unless the timer no
     * longer applies (the user left that visit, the timer was re-timed or taken by another
     * claimer); the row of every timer taken is gone afterwards. It may stop before the end of the
     * list (a timer it scheduled is due before the next one), giving the rest back unclaimed.
     */
    Fired fire(List<DueTimer> timers, String claimer, Function<DueTimer, Instant> at);
}

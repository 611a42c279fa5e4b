package com.ascendkit.journeys.engine.runtime.timers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that stands still at its start until it is moved (rule 7: previews and tests). It only
 * moves forward. {@link TimerPoller#advance} moves it through the due times of the timers it fires.
 * Thread-safe.
 */
public final class SimulatedClock extends Clock {
    private volatile Instant now;

    public SimulatedClock(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves the clock to {@code instant}; an instant in the past leaves it where it is. */
    public synchronized void moveTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock is always UTC");
    }
}

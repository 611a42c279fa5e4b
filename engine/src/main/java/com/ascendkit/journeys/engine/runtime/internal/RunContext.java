package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.engine.runtime.counters.CounterDeltas;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.store.Dialect;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Handle;

/**
 * One transaction of run-time work: its handle, the instant it happens at (every state change in it
 * is stamped with this time), and the counter changes it makes. {@link #finish} writes the counters
 * and arranges the analytics notifications for after the commit. Not thread-safe.
 */
public final class RunContext {
    private final Handle handle;
    private final Instant now;
    private final Dialect dialect;
    private final CounterDeltas counters = new CounterDeltas();

    public RunContext(Handle handle, Instant now, Dialect dialect) {
        this.handle = handle;
        // Both databases keep microseconds; milliseconds keep values equal after a round trip.
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
        this.dialect = dialect;
    }

    public Handle handle() {
        return handle;
    }

    public Instant now() {
        return now;
    }

    public Dialect dialect() {
        return dialect;
    }

    public CounterDeltas counters() {
        return counters;
    }

    /** Writes the counters; after the commit, tells {@code events} which journeys changed. */
    public void finish(JourneyEvents events) {
        var changed = counters.journeys();
        counters.flush(handle, dialect);
        if (!changed.isEmpty()) {
            handle.afterCommit(() -> changed.forEach(events::analyticsChanged));
        }
    }
}

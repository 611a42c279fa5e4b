package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.engine.runtime.counters.CounterDeltas;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.store.Dialect;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One transaction of run-time work: its handle, the instant a piece of it happens at (every state
 * change is stamped with it), the counter changes, the held-back writes ({@link WriteBehind}) and
 * values looked up once per transaction. A batch of events or timers uses one context per item,
 * made with {@link #at}, sharing everything but the instant. {@link #finish} writes what is held
 * back and the counters and arranges the analytics notifications for after the commit. Not
 * thread-safe.
 */
public final class RunContext {
    private final Handle handle;
    private final Instant now;
    private final Dialect dialect;
    private final Shared shared;

    /** A write-through context: every write reaches the database when it is made. */
    public RunContext(Handle handle, Instant now, Dialect dialect) {
        this(handle, now, dialect, new Shared(new WriteBehind(false)));
    }

    private RunContext(Handle handle, Instant now, Dialect dialect, Shared shared) {
        this.handle = handle;
        // Both databases keep microseconds; milliseconds keep values equal after a round trip.
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
        this.dialect = dialect;
        this.shared = shared;
    }

    /** A context whose writes are held back until a read needs them or {@link #finish}. */
    public static RunContext buffered(Handle handle, Instant now, Dialect dialect) {
        return new RunContext(handle, now, dialect, new Shared(new WriteBehind(true)));
    }

    /** The same transaction, as of {@code instant}. */
    public RunContext at(Instant instant) {
        return new RunContext(handle, instant, dialect, shared);
    }

    /** The handle, after every held-back write was sent (so that reads see them). */
    public Handle handle() {
        shared.writes.flush(handle);
        return handle;
    }

    /**
     * The handle without sending held-back writes: only for reading tables the run-time does not
     * write (environments, templates, identities, journeys).
     */
    public Handle lookups() {
        return handle;
    }

    public WriteBehind writes() {
        return shared.writes;
    }

    /** A value looked up once per transaction under {@code key}. */
    public <T> T cached(Object key, Supplier<T> lookup) {
        @SuppressWarnings("unchecked")
        T value = (T) shared.cache.get(key);
        if (value == null) {
            value = lookup.get();
            shared.cache.put(key, value);
        }
        return value;
    }

    /** Replaces a value looked up before (the transaction changed it). */
    public void recache(Object key, Object value) {
        shared.cache.put(key, value);
    }

    public Instant now() {
        return now;
    }

    public Dialect dialect() {
        return dialect;
    }

    public CounterDeltas counters() {
        return shared.counters;
    }

    /** Writes what is held back and the counters; after the commit, tells {@code events}. */
    public void finish(JourneyEvents events) {
        shared.writes.flush(handle);
        var changed = shared.counters.journeys();
        shared.counters.flush(handle, dialect);
        if (!changed.isEmpty()) {
            handle.afterCommit(() -> changed.forEach(events::analyticsChanged));
        }
    }

    private static final class Shared {
        final WriteBehind writes;
        final CounterDeltas counters = new CounterDeltas();
        final Map<Object, Object> cache = new HashMap<>();

        Shared(WriteBehind writes) {
            this.writes = writes;
        }
    }
}

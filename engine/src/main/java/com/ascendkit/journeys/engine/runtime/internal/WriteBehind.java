package com.ascendkit.journeys.engine.runtime.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The run-time's writes of one transaction, held back and sent as JDBC batches. A transaction that
 * applies a hundred events sends a few batched statements per table instead of a dozen statements
 * per event: on H2 this saves the statement work, on PostgreSQL the round trips. Writes of one
 * table are coalesced per row (a state updated three times is written once, a visit opened and
 * closed is inserted closed), so the order between tables does not matter.
 *
 * <p>Reads must see the writes: {@link RunContext#handle()} flushes before handing the handle out,
 * so code that reads or writes directly stays correct and only loses the batching. A write-through
 * instance (the default outside event and timer batches) flushes after every write. Not
 * thread-safe: one per transaction.
 */
public final class WriteBehind {
    /** The pending writes of one table. */
    public interface Part {
        void flush(Handle h);
    }

    private final boolean buffering;
    private final Map<Class<?>, Part> parts = new LinkedHashMap<>();

    WriteBehind(boolean buffering) {
        this.buffering = buffering;
    }

    /** This transaction's pending writes of one kind, created on first use. */
    public <P extends Part> P part(Class<P> kind, Supplier<P> create) {
        return kind.cast(parts.computeIfAbsent(kind, k -> create.get()));
    }

    /** Called by a part after it took a write: sends it at once unless buffering. */
    public void written(Handle h) {
        if (!buffering) {
            flush(h);
        }
    }

    public void flush(Handle h) {
        for (Part p : parts.values()) {
            p.flush(h);
        }
    }
}

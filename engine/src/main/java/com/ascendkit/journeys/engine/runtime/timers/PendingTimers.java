package com.ascendkit.journeys.engine.runtime.timers;

import com.ascendkit.journeys.engine.runtime.internal.WriteBehind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Held-back writes of {@code journey_timers}. A timer scheduled and cancelled in the same
 * transaction never reaches the table; deletes are sent before inserts, which is right because a
 * delete only ever concerns rows stored before the transaction (newer ones are dropped here). Not
 * thread-safe.
 */
final class PendingTimers implements WriteBehind.Part {
    private record Owner(String journeyId, String userId) {}

    record NewTimer(String environmentId, int visitNo, String transition, Instant dueAt) {}

    private final Set<Long> deletedIds = new LinkedHashSet<>();
    private final Set<Owner> cancelled = new LinkedHashSet<>();
    private final Map<Owner, List<NewTimer>> scheduled = new LinkedHashMap<>();
    private Instant earliestScheduled;

    void schedule(String journeyId, String userId, NewTimer timer) {
        scheduled.computeIfAbsent(new Owner(journeyId, userId), o -> new ArrayList<>()).add(timer);
        if (earliestScheduled == null || timer.dueAt().isBefore(earliestScheduled)) {
            earliestScheduled = timer.dueAt();
        }
    }

    void cancelForUser(String journeyId, String userId) {
        Owner owner = new Owner(journeyId, userId);
        scheduled.remove(owner);
        cancelled.add(owner);
    }

    void delete(long id) {
        deletedIds.add(id);
    }

    /** The earliest due time scheduled by this transaction so far, sent or not (null if none). */
    Instant earliestScheduled() {
        return earliestScheduled;
    }

    @Override
    public void flush(Handle h) {
        if (!deletedIds.isEmpty()) {
            PreparedBatch b = h.prepareBatch("DELETE FROM journey_timers WHERE id = :id");
            deletedIds.forEach(id -> b.bind("id", id).add());
            b.execute();
            deletedIds.clear();
        }
        if (!cancelled.isEmpty()) {
            PreparedBatch b =
                    h.prepareBatch(
                            "DELETE FROM journey_timers WHERE journey_id = :j AND user_id = :u");
            cancelled.forEach(o -> b.bind("j", o.journeyId()).bind("u", o.userId()).add());
            b.execute();
            cancelled.clear();
        }
        if (!scheduled.isEmpty()) {
            PreparedBatch b =
                    h.prepareBatch(
                            "INSERT INTO journey_timers (environment_id, journey_id, user_id,"
                                    + " visit_no, transition, due_at) VALUES (:e, :j, :u, :v, :t,"
                                    + " :due)");
            scheduled.forEach(
                    (o, timers) ->
                            timers.forEach(
                                    t ->
                                            b.bind("e", t.environmentId())
                                                    .bind("j", o.journeyId())
                                                    .bind("u", o.userId())
                                                    .bind("v", t.visitNo())
                                                    .bind("t", t.transition())
                                                    .bind("due", t.dueAt().atOffset(ZoneOffset.UTC))
                                                    .add()));
            b.execute();
            scheduled.clear();
        }
    }
}

package com.ascendkit.journeys.engine.runtime.states;

import static com.ascendkit.journeys.engine.runtime.states.StateStore.utc;

import com.ascendkit.journeys.engine.runtime.internal.WriteBehind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Held-back writes of {@code user_journey_states} and {@code user_visits}, coalesced per row: the
 * last image of a state is written once (inserted when this transaction created it), and a visit
 * opened and closed in the transaction is inserted closed. Not thread-safe.
 */
final class PendingStates implements WriteBehind.Part {
    private record Key(String journeyId, String userId) {}

    private record VisitKey(String journeyId, String userId, int visitNo) {}

    /** A state's image; {@code enrolledAt} null means unchanged (an update that is no restart). */
    private record StateRow(UserState state, Instant endedAt, Instant enrolledAt) {}

    /** A visit's image or, for a visit already stored, how it ended. */
    private record VisitRow(
            String node,
            Instant enteredAt,
            Instant leftAt,
            String transition,
            String outcome,
            String reason) {}

    private final Map<Key, StateRow> inserts = new LinkedHashMap<>();
    private final Map<Key, StateRow> updates = new LinkedHashMap<>();
    private final Map<VisitKey, VisitRow> openings = new LinkedHashMap<>();
    private final Map<VisitKey, VisitRow> closings = new LinkedHashMap<>();

    void insert(UserState s, Instant enrolledAt) {
        inserts.put(key(s), new StateRow(s, ended(s, enrolledAt), enrolledAt));
    }

    void update(UserState s, Instant at, boolean restart) {
        Key key = key(s);
        StateRow inserted = inserts.get(key);
        if (inserted != null) {
            Instant enrolled = restart ? at : inserted.enrolledAt();
            inserts.put(key, new StateRow(s, ended(s, at), enrolled));
            return;
        }
        StateRow before = updates.get(key);
        Instant enrolled = restart ? at : before == null ? null : before.enrolledAt();
        updates.put(key, new StateRow(s, ended(s, at), enrolled));
    }

    void openVisit(UserState s) {
        openings.put(
                new VisitKey(s.journeyId(), s.userId(), s.visitNo()),
                new VisitRow(s.node(), s.enteredAt(), null, null, null, null));
    }

    /** Ends the visit if it is still open (as far as this transaction knows). */
    void closeVisit(
            String journeyId,
            String userId,
            int visitNo,
            Instant at,
            String transition,
            String outcome,
            String reason) {
        VisitKey key = new VisitKey(journeyId, userId, visitNo);
        VisitRow opened = openings.get(key);
        if (opened != null) {
            if (opened.leftAt() == null) {
                openings.put(
                        key,
                        new VisitRow(
                                opened.node(),
                                opened.enteredAt(),
                                at,
                                transition,
                                outcome,
                                reason));
            }
            return;
        }
        closings.putIfAbsent(key, new VisitRow(null, null, at, transition, outcome, reason));
    }

    @Override
    public void flush(Handle h) {
        if (!inserts.isEmpty()) {
            PreparedBatch b =
                    h.prepareBatch(
                            "INSERT INTO user_journey_states (journey_id, environment_id,"
                                    + " user_id, status, current_node, entered_at, visit_no,"
                                    + " enrolled_at, ended_at) VALUES (:j, :e, :u, :s, :n,"
                                    + " :entered, :v, :enrolled, :ended)");
            inserts.values().forEach(r -> bindState(b, r).add());
            b.execute();
            inserts.clear();
        }
        if (!updates.isEmpty()) {
            PreparedBatch b =
                    h.prepareBatch(
                            "UPDATE user_journey_states SET status = :s, current_node = :n,"
                                    + " entered_at = :entered, visit_no = :v, ended_at = :ended,"
                                    + " enrolled_at = COALESCE(CAST(:enrolled AS TIMESTAMP WITH TIME ZONE),"
                                    + " enrolled_at) WHERE"
                                    + " journey_id = :j AND user_id = :u AND environment_id = :e");
            updates.values().forEach(r -> bindState(b, r).add());
            b.execute();
            updates.clear();
        }
        if (!openings.isEmpty()) {
            PreparedBatch b =
                    h.prepareBatch(
                            "INSERT INTO user_visits (journey_id, user_id, visit_no, node,"
                                    + " entered_at, left_at, transition, outcome, reason) VALUES"
                                    + " (:j, :u, :v, :n, :entered, :left, :t, :o, :r)");
            openings.forEach(
                    (k, r) ->
                            bindVisit(b, k, r)
                                    .bind("n", r.node())
                                    .bind("entered", utc(r.enteredAt()))
                                    .add());
            b.execute();
            openings.clear();
        }
        if (!closings.isEmpty()) {
            PreparedBatch b =
                    h.prepareBatch(
                            "UPDATE user_visits SET left_at = :left, transition = :t, outcome ="
                                    + " :o, reason = :r WHERE journey_id = :j AND user_id = :u AND"
                                    + " visit_no = :v AND left_at IS NULL");
            closings.forEach((k, r) -> bindVisit(b, k, r).add());
            b.execute();
            closings.clear();
        }
    }

    private static PreparedBatch bindState(PreparedBatch b, StateRow r) {
        UserState s = r.state();
        return b.bind("j", s.journeyId())
                .bind("e", s.environmentId())
                .bind("u", s.userId())
                .bind("s", s.status())
                .bind("n", s.node())
                .bind("entered", utc(s.enteredAt()))
                .bind("v", s.visitNo())
                .bind("enrolled", utc(r.enrolledAt()))
                .bind("ended", utc(r.endedAt()));
    }

    private static PreparedBatch bindVisit(PreparedBatch b, VisitKey k, VisitRow r) {
        return b.bind("j", k.journeyId())
                .bind("u", k.userId())
                .bind("v", k.visitNo())
                .bind("left", utc(r.leftAt()))
                .bind("t", r.transition())
                .bind("o", r.outcome())
                .bind("r", StateStore.truncate(r.reason()));
    }

    private static Key key(UserState s) {
        return new Key(s.journeyId(), s.userId());
    }

    private static Instant ended(UserState s, Instant at) {
        return s.isActive() ? null : at;
    }
}

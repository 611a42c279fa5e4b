package com.ascendkit.journeys.engine.runtime.states;

import com.ascendkit.journeys.engine.runtime.internal.KeyList;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.store.Dialect;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL of {@code user_journey_states} and {@code user_visits}. Stateless, thread-safe. */
public final class StateStore {
    static final RowMapper<UserState> MAPPER =
            (rs, ctx) ->
                    new UserState(
                            rs.getString("journey_id"),
                            rs.getString("environment_id"),
                            rs.getString("user_id"),
                            rs.getString("status"),
                            rs.getString("current_node"),
                            rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                            rs.getInt("visit_no"));
    private static final String COLUMNS =
            "SELECT journey_id, environment_id, user_id, status, current_node, entered_at, visit_no"
                    + " FROM user_journey_states";

    private final Dialect dialect;

    public StateStore(Dialect dialect) {
        this.dialect = dialect;
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public Optional<UserState> find(Handle h, String journeyId, String userId) {
        return h.createQuery(COLUMNS + " WHERE journey_id = :j AND user_id = :u")
                .bind("j", journeyId)
                .bind("u", userId)
                .map(MAPPER)
                .findOne();
    }

    /** Every state of the user (any status), by journey id. */
    public List<UserState> ofUser(Handle h, String environmentId, String userId) {
        return h.createQuery(
                        COLUMNS + " WHERE environment_id = :e AND user_id = :u ORDER BY journey_id")
                .bind("e", environmentId)
                .bind("u", userId)
                .map(MAPPER)
                .list();
    }

    /** Every state of the users of {@code userIds} (any status). */
    public List<UserState> ofUsers(Handle h, String environmentId, Collection<String> userIds) {
        List<String> ids = List.copyOf(userIds);
        return KeyList.bind(
                        h.createQuery(
                                COLUMNS
                                        + " WHERE "
                                        + KeyList.condition(
                                                dialect, "environment_id", "user_id", ids.size())),
                        environmentId,
                        ids)
                .map(MAPPER)
                .list();
    }

    /** Active users in {@code node} of the journey, in user id order (a stable lock order). */
    public List<UserState> activeIn(Handle h, String journeyId, String node) {
        return h.createQuery(
                        COLUMNS
                                + " WHERE journey_id = :j AND current_node = :n AND status ="
                                + " 'active' ORDER BY user_id")
                .bind("j", journeyId)
                .bind("n", node)
                .map(MAPPER)
                .list();
    }

    /** Every active user of the journey, in user id order. */
    public List<UserState> activeInJourney(Handle h, String journeyId) {
        return h.createQuery(
                        COLUMNS + " WHERE journey_id = :j AND status = 'active' ORDER BY user_id")
                .bind("j", journeyId)
                .map(MAPPER)
                .list();
    }

    void insert(RunContext run, UserState s, Instant enrolledAt) {
        pending(run).insert(s, enrolledAt);
        run.writes().written(run.lookups());
    }

    /** Writes the state's status, node, entered-at and visit (ended_at when no longer active). */
    void update(RunContext run, UserState s, Instant at) {
        pending(run).update(s, at, false);
        run.writes().written(run.lookups());
    }

    /** As {@link #update}, and the state counts as enrolled at {@code at}. */
    void restart(RunContext run, UserState s, Instant at) {
        pending(run).update(s, at, true);
        run.writes().written(run.lookups());
    }

    void openVisit(RunContext run, UserState s) {
        pending(run).openVisit(s);
        run.writes().written(run.lookups());
    }

    /** Ends a visit, if it is still open. */
    void closeVisit(
            RunContext run,
            String journeyId,
            String userId,
            int visitNo,
            String transition,
            String outcome,
            String reason) {
        pending(run).closeVisit(journeyId, userId, visitNo, run.now(), transition, outcome, reason);
        run.writes().written(run.lookups());
    }

    private static PendingStates pending(RunContext run) {
        return run.writes().part(PendingStates.class, PendingStates::new);
    }

    /** Records why a visit's action failed, on a visit already ended (a late email failure). */
    void noteFailure(Handle h, String journeyId, String userId, int visitNo, String reason) {
        h.createUpdate(
                        "UPDATE user_visits SET reason = :r WHERE journey_id = :j AND user_id ="
                                + " :u AND visit_no = :v")
                .bind("r", truncate(reason))
                .bind("j", journeyId)
                .bind("u", userId)
                .bind("v", visitNo)
                .execute();
    }

    static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }
}

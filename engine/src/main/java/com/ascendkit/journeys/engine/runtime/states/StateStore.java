package com.ascendkit.journeys.engine.runtime.states;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    void insert(Handle h, UserState s, Instant enrolledAt) {
        h.createUpdate(
                        "INSERT INTO user_journey_states (journey_id, environment_id, user_id,"
                                + " status, current_node, entered_at, visit_no, enrolled_at)"
                                + " VALUES (:j, :e, :u, :s, :n, :at, :v, :at)")
                .bind("j", s.journeyId())
                .bind("e", s.environmentId())
                .bind("u", s.userId())
                .bind("s", s.status())
                .bind("n", s.node())
                .bind("at", utc(enrolledAt))
                .bind("v", s.visitNo())
                .execute();
    }

    /** Writes the state's status, node, entered-at and visit (ended_at when no longer active). */
    void update(Handle h, UserState s, Instant at) {
        h.createUpdate(
                        "UPDATE user_journey_states SET status = :s, current_node = :n,"
                                + " entered_at = :entered, visit_no = :v, ended_at = :ended"
                                + " WHERE journey_id = :j AND user_id = :u")
                .bind("s", s.status())
                .bind("n", s.node())
                .bind("entered", utc(s.enteredAt()))
                .bind("v", s.visitNo())
                .bind("ended", s.isActive() ? null : utc(at))
                .bind("j", s.journeyId())
                .bind("u", s.userId())
                .execute();
    }

    void restart(Handle h, UserState s, Instant at) {
        update(h, s, at);
        h.createUpdate(
                        "UPDATE user_journey_states SET enrolled_at = :at"
                                + " WHERE journey_id = :j AND user_id = :u")
                .bind("at", utc(at))
                .bind("j", s.journeyId())
                .bind("u", s.userId())
                .execute();
    }

    void openVisit(Handle h, UserState s) {
        h.createUpdate(
                        "INSERT INTO user_visits (journey_id, user_id, visit_no, node, entered_at)"
                                + " VALUES (:j, :u, :v, :n, :at)")
                .bind("j", s.journeyId())
                .bind("u", s.userId())
                .bind("v", s.visitNo())
                .bind("n", s.node())
                .bind("at", utc(s.enteredAt()))
                .execute();
    }

    /** Ends a visit (only if still open) and says whether it was open. */
    boolean closeVisit(
            Handle h,
            String journeyId,
            String userId,
            int visitNo,
            Instant at,
            String transition,
            String outcome,
            String reason) {
        return h.createUpdate(
                                "UPDATE user_visits SET left_at = :at, transition = :t,"
                                        + " outcome = :o, reason = :r WHERE journey_id = :j AND"
                                        + " user_id = :u AND visit_no = :v AND left_at IS NULL")
                        .bind("at", utc(at))
                        .bind("t", transition)
                        .bind("o", outcome)
                        .bind("r", truncate(reason))
                        .bind("j", journeyId)
                        .bind("u", userId)
                        .bind("v", visitNo)
                        .execute()
                > 0;
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

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }
}

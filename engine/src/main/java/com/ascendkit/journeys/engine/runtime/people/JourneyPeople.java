package com.ascendkit.journeys.engine.runtime.people;

import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.engine.runtime.steps.StepReads;
import com.ascendkit.journeys.engine.runtime.steps.StepRow;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Quoted;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * {@code GET /v1/journeys/{id}/users} and {@code …/users/{userId}/path}. A page is one range of an
 * index of the states ({@code journey_id, current_node, status, entered_at, user_id}, or without
 * the node), newest arrival first, so its cost does not grow with the journey's users. Thread-safe.
 */
public final class JourneyPeople {
    /** The stored reason without the run-time's {@code user '<id>' } prefix of its own user. */
    private static final String REASON = "REPLACE(v.reason, 'user ''' || s.user_id || ''' ', '')";

    private static final String FROM =
            " FROM user_journey_states s LEFT JOIN user_visits v ON v.journey_id = s.journey_id"
                    + " AND v.user_id = s.user_id AND v.visit_no = s.visit_no";

    private final Database db;

    public JourneyPeople(Database db) {
        this.db = db;
    }

    public PeoplePage list(String environmentId, String journeyId, PeopleQuery q) {
        PeopleCursor after = q.cursor() == null ? null : PeopleCursor.decode(q.cursor());
        return db.jdbi()
                .withHandle(
                        h -> {
                            definition(h, environmentId, journeyId);
                            List<Person> rows = page(h, environmentId, journeyId, q, after);
                            String next = null;
                            if (rows.size() > q.limit()) {
                                rows = rows.subList(0, q.limit());
                                Person last = rows.get(rows.size() - 1);
                                next = new PeopleCursor(last.enteredAt(), last.userId()).encode();
                            }
                            Map<String, StepRow> steps =
                                    StepReads.last(
                                            h,
                                            journeyId,
                                            rows.stream().map(Person::userId).toList());
                            List<Person> items =
                                    rows.stream()
                                            .map(p -> withStep(p, steps.get(p.userId())))
                                            .toList();
                            return new PeoplePage(items, next, reasons(h, journeyId, q));
                        });
    }

    /** The user's path in the journey; empty when they never were in it. */
    public Optional<UserPath> path(String environmentId, String journeyId, String userId) {
        return db.jdbi()
                .withHandle(
                        h -> {
                            JourneyDefinition d = definition(h, environmentId, journeyId);
                            Optional<State> state = state(h, journeyId, userId);
                            return state.map(
                                    st ->
                                            new UserPath(
                                                    journeyId,
                                                    userId,
                                                    st.status(),
                                                    st.node(),
                                                    st.enteredAt(),
                                                    st.enrolledAt(),
                                                    st.endedAt(),
                                                    waiting(h, d, journeyId, userId, st.visitNo()),
                                                    StepReads.of(h, journeyId, userId)));
                        });
    }

    private record State(
            String status,
            String node,
            Instant enteredAt,
            Instant enrolledAt,
            Instant endedAt,
            int visitNo) {}

    private static Optional<State> state(Handle h, String journeyId, String userId) {
        return h.createQuery(
                        "SELECT status, current_node, entered_at, enrolled_at, ended_at, visit_no"
                                + " FROM user_journey_states WHERE journey_id = :j AND user_id ="
                                + " :u")
                .bind("j", journeyId)
                .bind("u", userId)
                .map(
                        (rs, ctx) ->
                                new State(
                                        rs.getString("status"),
                                        rs.getString("current_node"),
                                        instant(rs.getObject("entered_at", OffsetDateTime.class)),
                                        instant(rs.getObject("enrolled_at", OffsetDateTime.class)),
                                        instant(rs.getObject("ended_at", OffsetDateTime.class)),
                                        rs.getInt("visit_no")))
                .findOne();
    }

    private List<Person> page(
            Handle h, String env, String journeyId, PeopleQuery q, PeopleCursor after) {
        StringBuilder sql =
                new StringBuilder(
                        "SELECT s.user_id, u.email, s.status, s.current_node, s.entered_at,"
                                + " s.enrolled_at, s.ended_at, "
                                + REASON
                                + " AS why"
                                + FROM
                                + " LEFT JOIN users u ON u.environment_id = s.environment_id AND"
                                + " u.id = s.user_id WHERE s.journey_id = :j");
        if (q.node() != null) {
            sql.append(" AND s.current_node = :n");
        }
        if (!q.anyStatus()) {
            sql.append(" AND s.status = :s");
        }
        if (after != null) {
            sql.append(" AND (s.entered_at, s.user_id) < (:at, :after)");
        }
        sql.append(" ORDER BY s.entered_at DESC, s.user_id DESC LIMIT :limit");
        Query query =
                h.createQuery(sql.toString()).bind("j", journeyId).bind("limit", q.limit() + 1);
        bindFilter(query, q);
        if (after != null) {
            query.bind("at", after.enteredAt().atOffset(ZoneOffset.UTC))
                    .bind("after", after.userId());
        }
        return query.map(
                        (rs, ctx) ->
                                new Person(
                                        rs.getString("user_id"),
                                        rs.getString("email"),
                                        rs.getString("status"),
                                        rs.getString("current_node"),
                                        instant(rs.getObject("entered_at", OffsetDateTime.class)),
                                        instant(rs.getObject("enrolled_at", OffsetDateTime.class)),
                                        instant(rs.getObject("ended_at", OffsetDateTime.class)),
                                        "active".equals(rs.getString("status"))
                                                ? null
                                                : rs.getString("why"),
                                        null))
                .list();
    }

    private static List<PeoplePage.Reason> reasons(Handle h, String journeyId, PeopleQuery q) {
        if (!q.anyStatus() && !q.status().equals("failed")) {
            return List.of();
        }
        String sql =
                "SELECT "
                        + REASON
                        + " AS why, COUNT(*) AS users"
                        + FROM
                        + " WHERE s.journey_id = :j AND s.status = 'failed'"
                        + (q.node() == null ? "" : " AND s.current_node = :n")
                        + " GROUP BY "
                        + REASON
                        + " ORDER BY users DESC, why";
        Query query = h.createQuery(sql).bind("j", journeyId);
        if (q.node() != null) {
            query.bind("n", q.node());
        }
        return query.map(
                        (rs, ctx) ->
                                new PeoplePage.Reason(
                                        rs.getString("why") == null
                                                ? "no reason was recorded"
                                                : rs.getString("why"),
                                        rs.getLong("users")))
                .list();
    }

    private static void bindFilter(Query query, PeopleQuery q) {
        if (q.node() != null) {
            query.bind("n", q.node());
        }
        if (!q.anyStatus()) {
            query.bind("s", q.status());
        }
    }

    private static List<UserPath.Waiting> waiting(
            Handle h, JourneyDefinition d, String journeyId, String userId, int visitNo) {
        Map<String, String> targets = new HashMap<>();
        d.transitions().forEach(t -> targets.put(t.name(), t.to()));
        return h.createQuery(
                        "SELECT transition, due_at FROM journey_timers WHERE journey_id = :j AND"
                                + " user_id = :u AND visit_no = :v ORDER BY due_at, transition")
                .bind("j", journeyId)
                .bind("u", userId)
                .bind("v", visitNo)
                .map(
                        (rs, ctx) ->
                                new UserPath.Waiting(
                                        rs.getString("transition"),
                                        targets.get(rs.getString("transition")),
                                        instant(rs.getObject("due_at", OffsetDateTime.class))))
                .list();
    }

    /** The journey's definition; refuses a journey not in the environment. */
    private static JourneyDefinition definition(Handle h, String env, String journeyId) {
        return h.createQuery(
                        "SELECT definition FROM journeys WHERE id = :j AND environment_id = :e")
                .bind("j", journeyId)
                .bind("e", env)
                .mapTo(String.class)
                .findOne()
                .map(EngineJson::readDefinition)
                .orElseThrow(() -> new NotFoundException("no journey " + Quoted.of(journeyId)));
    }

    private static Person withStep(Person p, StepRow step) {
        return new Person(
                p.userId(),
                p.email(),
                p.status(),
                p.node(),
                p.enteredAt(),
                p.enrolledAt(),
                p.endedAt(),
                p.reason(),
                step);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}

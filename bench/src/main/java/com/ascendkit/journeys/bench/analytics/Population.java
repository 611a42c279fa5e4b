package com.ascendkit.journeys.bench.analytics;

import com.ascendkit.journeys.bench.runtime.Onboarding;
import com.ascendkit.journeys.engine.runtime.counters.CounterDeltas;
import com.ascendkit.journeys.engine.store.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * Users of the onboarding journey written in bulk, as the run-time would have left them: user rows,
 * journey states, visits (the path), an entered step each, the pending timers of those still waiting, and the analytics
 * counters. Rows are written set-based ({@code INSERT … SELECT … FROM generate_series}, which H2
 * and PostgreSQL both have); the counters are added in Java with the run-time's own {@link
 * CounterDeltas}, in the sequence of calls its state machine makes, in the same transaction as the
 * rows they count. Two independent computations of one history: {@link AnalyticsRun} checks that
 * they agree. The emails' outbox rows are left out: analytics never reads them.
 *
 * <p>User {@code i} enrolls at {@code START + 2i} seconds. Even users log in {@code 1 + (i/2 mod
 * 47)} hours later (→ done); odd users are nudged 48 hours later (→ nudge). Whatever would happen
 * after {@link #now} has not happened: those users wait in {@code welcome}, their timer pending.
 */
final class Population {
    private static final int CHUNK = 50_000;
    private static final long NUDGE_SECONDS = 48 * 3600;

    /** Per user: id, enrollment time, seconds until the move, and whether it has happened. */
    private static final String PEOPLE =
            "(SELECT u, enrolled, even, enrolled + d * INTERVAL '1' SECOND AS moved,"
                    + " 2 * i + d > :last AS waiting FROM (SELECT i, 'user_' || i AS u,"
                    + " CAST(:start AS TIMESTAMP WITH TIME ZONE) + i * 2 * INTERVAL '1' SECOND"
                    + " AS enrolled, MOD(i, 2) = 0 AS even, CASE WHEN MOD(i, 2) = 0 THEN 3600 *"
                    + " (1 + MOD(i / 2, 47)) ELSE "
                    + NUDGE_SECONDS
                    + " END AS d FROM generate_series(:a, :b) AS g(i)) AS q) AS p";

    private static final String[] INSERTS = {
        "INSERT INTO users (environment_id, id, email, name, tags, created_at, updated_at)"
                + " SELECT :e, u, u || '@example.com', u, '[]', enrolled, enrolled FROM "
                + PEOPLE,
        "INSERT INTO user_journey_states (journey_id, environment_id, user_id, status,"
                + " current_node, entered_at, visit_no, enrolled_at, ended_at) SELECT :j, :e, u,"
                + " CASE WHEN waiting THEN 'active' ELSE 'completed' END, CASE WHEN waiting THEN"
                + " 'welcome' WHEN even THEN 'done' ELSE 'nudge' END, CASE WHEN waiting THEN"
                + " enrolled ELSE moved END, CASE WHEN waiting THEN 1 ELSE 2 END, enrolled, CASE"
                + " WHEN waiting THEN NULL ELSE moved END FROM "
                + PEOPLE,
        "INSERT INTO user_visits (journey_id, user_id, visit_no, node, entered_at, left_at,"
                + " transition, outcome) SELECT :j, u, 1, 'welcome', enrolled, CASE WHEN waiting"
                + " THEN NULL ELSE moved END, CASE WHEN waiting THEN NULL WHEN even THEN '"
                + Onboarding.WELCOME_TO_DONE
                + "' ELSE '"
                + Onboarding.WELCOME_TO_NUDGE
                + "' END, CASE WHEN waiting THEN NULL ELSE 'moved' END FROM "
                + PEOPLE,
        "INSERT INTO user_visits (journey_id, user_id, visit_no, node, entered_at, left_at,"
                + " transition, outcome) SELECT :j, u, 2, CASE WHEN even THEN 'done' ELSE"
                + " 'nudge' END, moved, moved, NULL, 'completed' FROM "
                + PEOPLE
                + " WHERE NOT waiting",
        // one recorded step per user (entered), so that "who is in a step" reads real last steps
        "INSERT INTO user_steps (environment_id, journey_id, user_id, visit_no, node, kind,"
                + " happened_at, event) SELECT :e, :j, u, 1, 'welcome', 'entered', enrolled,"
                + " 'user.created' FROM "
                + PEOPLE,
        "INSERT INTO journey_timers (environment_id, journey_id, user_id, visit_no, transition,"
                + " due_at) SELECT :e, :j, u, 1, '"
                + Onboarding.WELCOME_TO_NUDGE
                + "', enrolled + "
                + NUDGE_SECONDS
                + " * INTERVAL '1' SECOND FROM "
                + PEOPLE
                + " WHERE waiting",
    };

    private final Database db;
    private final String env;
    private final String journeyId;
    private final int users;
    private final long last;

    Population(Database db, String env, String journeyId, int users) {
        this.db = db;
        this.env = env;
        this.journeyId = journeyId;
        this.users = users;
        this.last = 2L * (users - 1) + 1;
    }

    /** The time at which the population is as written (the engine's clock is moved there). */
    Instant now() {
        return Onboarding.START.plusSeconds(last);
    }

    void write() {
        for (int from = 0; from < users; from += CHUNK) {
            int a = from;
            int b = Math.min(users, from + CHUNK) - 1;
            db.jdbi().useTransaction(h -> chunk(h, a, b));
        }
    }

    private void chunk(Handle h, int a, int b) {
        for (String sql : INSERTS) {
            h.createUpdate(sql)
                    .bind("a", a)
                    .bind("b", b)
                    .bind("last", last)
                    .bind("start", OffsetDateTime.ofInstant(Onboarding.START, ZoneOffset.UTC))
                    .bind("e", env)
                    .bind("j", journeyId)
                    .execute();
        }
        CounterDeltas counters = new CounterDeltas();
        for (long i = a; i <= b; i++) {
            counters.enrolled(journeyId);
            counters.nodeEntered(journeyId, "welcome");
            boolean even = i % 2 == 0;
            long d = even ? 3600 * (1 + (i / 2) % 47) : NUDGE_SECONDS;
            if (2 * i + d > last) {
                continue; // still waiting in welcome
            }
            String node = even ? "done" : "nudge";
            counters.nodeLeft(journeyId, "welcome", d);
            counters.transitionFired(
                    journeyId, even ? Onboarding.WELCOME_TO_DONE : Onboarding.WELCOME_TO_NUDGE);
            counters.nodeEntered(journeyId, node);
            counters.nodeLeft(journeyId, node, 0);
            counters.ended(journeyId, "completed");
        }
        counters.flush(h, db.dialect());
    }
}

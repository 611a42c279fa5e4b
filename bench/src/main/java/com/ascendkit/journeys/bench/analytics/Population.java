package com.ascendkit.journeys.bench.analytics;

import com.ascendkit.journeys.bench.runtime.Onboarding;
import com.ascendkit.journeys.engine.runtime.counters.CounterDeltas;
import com.ascendkit.journeys.engine.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Users of the onboarding journey written in bulk, as the run-time would have left them: the user
 * rows, their journey states, their visits (the path), the pending timers of those still waiting,
 * and the analytics counters, added with the run-time's own {@link CounterDeltas} in the same
 * sequence of calls its state machine makes, in the same transaction as the rows they count. The
 * emails' outbox rows are left out: analytics never reads them.
 *
 * <p>User {@code i} enrolls at {@code START + 2i} seconds. Even users log in {@code 1 + (i/2 mod
 * 47)} hours later (→ done); odd users are nudged 48 hours later (→ nudge). Whatever falls after
 * {@link #now} has not happened yet: those users wait in {@code welcome} with their timer pending.
 */
final class Population {
    private static final int CHUNK = 10_000;
    private static final Duration SPACING = Duration.ofSeconds(2);
    private static final Duration NUDGE = Duration.ofHours(48);

    private final Database db;
    private final String env;
    private final String journeyId;
    private final int users;
    private final Instant now;

    Population(Database db, String env, String journeyId, int users) {
        this.db = db;
        this.env = env;
        this.journeyId = journeyId;
        this.users = users;
        this.now = enrolledAt(users - 1).plusSeconds(1);
    }

    /** The time at which the population is as written (the engine's clock is moved there). */
    Instant now() {
        return now;
    }

    void write() {
        for (int from = 0; from < users; from += CHUNK) {
            int to = Math.min(users, from + CHUNK);
            int first = from;
            db.jdbi().useTransaction(h -> chunk(h, first, to));
        }
    }

    private void chunk(Handle h, int from, int to) {
        PreparedBatch userRows =
                h.prepareBatch(
                        "INSERT INTO users (environment_id, id, email, name, tags, created_at,"
                                + " updated_at) VALUES (:e, :u, :email, :name, '[]', :at, :at)");
        PreparedBatch states =
                h.prepareBatch(
                        "INSERT INTO user_journey_states (journey_id, environment_id, user_id,"
                                + " status, current_node, entered_at, visit_no, enrolled_at,"
                                + " ended_at) VALUES (:j, :e, :u, :s, :n, :entered, :v, :enrolled,"
                                + " :ended)");
        PreparedBatch visits =
                h.prepareBatch(
                        "INSERT INTO user_visits (journey_id, user_id, visit_no, node, entered_at,"
                                + " left_at, transition, outcome) VALUES (:j, :u, :v, :n, :entered,"
                                + " :left, :t, :o)");
        PreparedBatch timers =
                h.prepareBatch(
                        "INSERT INTO journey_timers (environment_id, journey_id, user_id, visit_no,"
                                + " transition, due_at) VALUES (:e, :j, :u, 1, :t, :due)");
        CounterDeltas counters = new CounterDeltas();
        for (int i = from; i < to; i++) {
            String u = Onboarding.user("user", i);
            Instant enrolled = enrolledAt(i);
            userRows.bind("e", env)
                    .bind("u", u)
                    .bind("email", u + "@example.com")
                    .bind("name", "User " + i)
                    .bind("at", utc(enrolled))
                    .add();
            counters.enrolled(journeyId);
            counters.nodeEntered(journeyId, "welcome");
            boolean logsIn = i % 2 == 0;
            Instant moved = enrolled.plus(logsIn ? Duration.ofHours(1 + (i / 2) % 47) : NUDGE);
            if (moved.isAfter(now)) {
                state(states, u, "active", "welcome", enrolled, 1, enrolled, null);
                visit(visits, u, 1, "welcome", enrolled, null, null, null);
                timers.bind("e", env)
                        .bind("j", journeyId)
                        .bind("u", u)
                        .bind("t", Onboarding.WELCOME_TO_NUDGE)
                        .bind("due", utc(enrolled.plus(NUDGE)))
                        .add();
                continue;
            }
            String transition = logsIn ? Onboarding.WELCOME_TO_DONE : Onboarding.WELCOME_TO_NUDGE;
            String node = logsIn ? "done" : "nudge";
            visit(visits, u, 1, "welcome", enrolled, moved, transition, "moved");
            visit(visits, u, 2, node, moved, moved, null, "completed");
            state(states, u, "completed", node, moved, 2, enrolled, moved);
            counters.nodeLeft(journeyId, "welcome", Duration.between(enrolled, moved).getSeconds());
            counters.transitionFired(journeyId, transition);
            counters.nodeEntered(journeyId, node);
            counters.nodeLeft(journeyId, node, 0);
            counters.ended(journeyId, "completed");
        }
        userRows.execute();
        states.execute();
        visits.execute();
        if (timers.size() > 0) {
            timers.execute();
        }
        counters.flush(h, db.dialect());
    }

    private void state(
            PreparedBatch b,
            String u,
            String status,
            String node,
            Instant entered,
            int visit,
            Instant enrolled,
            Instant ended) {
        b.bind("j", journeyId)
                .bind("e", env)
                .bind("u", u)
                .bind("s", status)
                .bind("n", node)
                .bind("entered", utc(entered))
                .bind("v", visit)
                .bind("enrolled", utc(enrolled))
                .bindByType("ended", ended == null ? null : utc(ended), OffsetDateTime.class)
                .add();
    }

    private void visit(
            PreparedBatch b,
            String u,
            int no,
            String node,
            Instant entered,
            Instant left,
            String transition,
            String outcome) {
        b.bind("j", journeyId)
                .bind("u", u)
                .bind("v", no)
                .bind("n", node)
                .bind("entered", utc(entered))
                .bindByType("left", left == null ? null : utc(left), OffsetDateTime.class)
                .bind("t", transition)
                .bind("o", outcome)
                .add();
    }

    private static Instant enrolledAt(int i) {
        return Onboarding.START.plus(SPACING.multipliedBy(i));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

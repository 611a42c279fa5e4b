package com.ascendkit.journeys.engine.runtime.timers;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.directory.UserView;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.users.ProfileFields;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class TimerFiringTest extends RuntimeTestCase {
    private static final Duration DAY = Duration.ofDays(1);

    private String chain() {
        return fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "welcome")
                        .node("welcome")
                        .node("nudge")
                        .terminal("done")
                        .timer("welcome", "nudge", "2d")
                        .timer("nudge", "done", "1d")
                        .on("welcome-login", "welcome", "done", "user.login")
                        .build());
    }

    @Test
    void doesNotFireBeforeDue() {
        String j = chain();
        fx.runtime.events().system(ENV, "u1", "user.created", null);

        assertThat(fx.runtime.advanceClock(Duration.ofHours(47))).isZero();

        assertThat(fx.state(j, "u1").node()).isEqualTo("welcome");
    }

    @Test
    void firesChainedTimersWithinOneAdvanceEachAsOfItsDueTime() {
        String j = chain();
        fx.runtime.events().system(ENV, "u1", "user.created", null);

        assertThat(fx.runtime.advanceClock(Duration.ofDays(5))).isEqualTo(2);

        UserState s = fx.state(j, "u1");
        assertThat(s.status()).isEqualTo(UserState.COMPLETED);
        assertThat(s.node()).isEqualTo("done");
        assertThat(s.enteredAt()).isEqualTo(START.plus(DAY.multipliedBy(3)));
        List<UserView.Visit> path = path("u1");
        assertThat(path)
                .extracting(UserView.Visit::node)
                .containsExactly("welcome", "nudge", "done");
        assertThat(path.get(1).enteredAt()).isEqualTo(START.plus(DAY.multipliedBy(2)));
        assertThat(path.get(0).transition()).isEqualTo("welcome-to-nudge");
        assertThat(fx.clock.instant()).isEqualTo(START.plus(DAY.multipliedBy(5)));
    }

    @Test
    void firesTimersOfDifferentUsersInDueOrder() {
        String j = chain();
        fx.runtime.events().system(ENV, "early", "user.created", null);
        fx.runtime.advanceClock(Duration.ofHours(12));
        fx.runtime.events().system(ENV, "late", "user.created", null);

        fx.runtime.advanceClock(Duration.ofDays(2));

        assertThat(fx.state(j, "early").node()).isEqualTo("nudge");
        assertThat(fx.state(j, "early").enteredAt()).isEqualTo(START.plus(DAY.multipliedBy(2)));
        assertThat(fx.state(j, "late").node()).isEqualTo("nudge");
        assertThat(fx.state(j, "late").enteredAt())
                .isEqualTo(START.plus(Duration.ofHours(12)).plus(DAY.multipliedBy(2)));
    }

    @Test
    void firesATimerSetWithinTheBatchBeforeLaterClaimedOnes() {
        fx.template("t", "hello", null, "hi");
        fx.runtime
                .users()
                .put(ENV, "early", new ProfileFields("early@example.com", null, null, null, null));
        fx.runtime
                .users()
                .put(ENV, "late", new ProfileFields("late@example.com", null, null, null, null));
        fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "a")
                        .node("a")
                        .node("b", new Action.SendEmail("t", null, null, null))
                        .terminal("c", new Action.SendEmail("t", null, null, null))
                        .timer("a", "b", "1d")
                        .timer("b", "c", "6h")
                        .build());
        fx.runtime.events().system(ENV, "early", "user.created", null);
        fx.runtime.advanceClock(Duration.ofHours(12));
        fx.runtime.events().system(ENV, "late", "user.created", null);

        // Both a-to-b timers (due 1d and 1.5d) are claimed in one batch; early's b-to-c timer set
        // when it fires is due at 1.25d, so it must fire between the two.
        fx.runtime.advanceClock(Duration.ofDays(3));

        List<String> sent =
                fx.db.jdbi()
                        .withHandle(
                                h ->
                                        h.createQuery(
                                                        "SELECT user_id || ':' || node FROM"
                                                                + " email_outbox ORDER BY id")
                                                .mapTo(String.class)
                                                .list());
        assertThat(sent).containsExactly("early:b", "early:c", "late:b", "late:c");
    }

    @Test
    void earliestOfTwoTimersWins() {
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.created", "wait")
                                .node("wait")
                                .terminal("slow")
                                .terminal("fast")
                                .timer("wait", "slow", "3d")
                                .timer("wait", "fast", "1d")
                                .build());
        fx.runtime.events().system(ENV, "u1", "user.created", null);

        fx.runtime.advanceClock(Duration.ofDays(10));

        assertThat(fx.state(j, "u1").node()).isEqualTo("fast");
        assertThat(fx.stats.fired(j, "wait-to-slow")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM journey_timers")).isZero();
    }

    @Test
    void eventAfterTimerFiredDoesNotMoveTwice() {
        String j = chain();
        fx.runtime.events().system(ENV, "u1", "user.created", null);
        fx.runtime.advanceClock(Duration.ofDays(2));

        var outcome = fx.runtime.events().system(ENV, "u1", "user.login", null);

        assertThat(outcome.moves()).isEmpty();
        assertThat(fx.state(j, "u1").node()).isEqualTo("nudge");
        assertThat(fx.stats.fired(j, "welcome-login")).isZero();
    }

    @Test
    void timerAfterEventMovedTheUserIsDiscarded() {
        String j = chain();
        fx.runtime.events().system(ENV, "u1", "user.created", null);
        fx.runtime.events().system(ENV, "u1", "user.login", null);

        assertThat(fx.runtime.advanceClock(Duration.ofDays(3))).isZero();

        assertThat(fx.state(j, "u1").node()).isEqualTo("done");
        assertThat(fx.stats.fired(j, "welcome-to-nudge")).isZero();
    }

    @Test
    void staleTimerOfAnEarlierVisitIsDiscardedWhenFired() {
        String j = chain();
        fx.runtime.events().system(ENV, "u1", "user.created", null);
        // An event moves the user in the same instant a poller has claimed the timer: the claimed
        // row is fired afterwards and must find the visit gone.
        var claimed =
                fx.db.jdbi()
                        .inTransaction(
                                h ->
                                        new TimerStore(fx.db.dialect())
                                                .claim(
                                                        h,
                                                        START.plus(DAY.multipliedBy(2)),
                                                        "me",
                                                        Duration.ofMinutes(1),
                                                        10));
        fx.runtime.events().system(ENV, "u1", "user.login", null);
        var firing = firingOf(claimed.get(0));

        assertThat(firing).isFalse();
        assertThat(fx.state(j, "u1").node()).isEqualTo("done");
    }

    @Test
    void wallClockPollerFiresTimersThatFellDueWhileStoppedInDueOrder() throws Exception {
        String j = chain();
        for (String u : List.of("u0", "u1", "u2")) {
            fx.runtime.events().system(ENV, u, "user.created", null);
            fx.runtime.advanceClock(Duration.ofHours(1));
        }
        // The engine restarts three days later on the wall clock (a ticking clock from then).
        Instant restart = START.plus(DAY.multipliedBy(5));
        Clock ticking = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), restart));
        try (JourneyRuntime later =
                JourneyRuntime.builder(fx.db)
                        .clock(ticking)
                        .timerPollInterval(Duration.ofMillis(50))
                        .build()) {
            later.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (fx.count("SELECT COUNT(*) FROM user_visits WHERE node = 'nudge'") < 3
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        List<Instant> entered =
                List.of("u0", "u1", "u2").stream().map(u -> fx.state(j, u).enteredAt()).toList();
        assertThat(entered).allMatch(at -> !at.isBefore(restart));
        assertThat(entered).isSorted();
        assertThat(List.of("u0", "u1", "u2")).allMatch(u -> fx.state(j, u).node().equals("nudge"));
    }

    @Test
    void skipLockedClaimsAreDisjoint() throws Exception {
        chain();
        for (int i = 0; i < 10; i++) {
            fx.runtime.events().system(ENV, "u" + i, "user.created", null);
        }
        Instant due = START.plus(DAY.multipliedBy(2));
        TimerStore store = new TimerStore(fx.db.dialect());
        try (var first = fx.db.jdbi().open()) {
            first.begin();
            List<DueTimer> a = store.claim(first, due, "a", Duration.ofMinutes(1), 4);
            // While the first claim's transaction still holds its rows, a second claimer skips
            // them.
            List<DueTimer> b =
                    fx.db.jdbi()
                            .inTransaction(
                                    h -> store.claim(h, due, "b", Duration.ofMinutes(1), 100));
            first.commit();
            assertThat(a).hasSize(4);
            assertThat(b).hasSize(6);
            assertThat(b).extracting(DueTimer::id).doesNotContainAnyElementsOf(ids(a));
        }
    }

    private boolean firingOf(DueTimer timer) {
        // The run-time's own firing path, as a poller named "me" would run it.
        Instant at = START.plus(DAY.multipliedBy(2));
        return fx.runtime.timerFiring().fire(List.of(timer), "me", t -> at).moved() == 1;
    }

    private static List<Long> ids(List<DueTimer> timers) {
        return timers.stream().map(DueTimer::id).toList();
    }

    private List<UserView.Visit> path(String user) {
        return fx.runtime.users().get(ENV, user).orElseThrow().journeys().get(0).path();
    }
}

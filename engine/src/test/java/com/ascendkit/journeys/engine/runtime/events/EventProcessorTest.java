package com.ascendkit.journeys.engine.runtime.events;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.ReEntryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class EventProcessorTest extends RuntimeTestCase {

    private EventProcessor events() {
        return fx.runtime.events();
    }

    private String twoStep(JourneyStatus status, ReEntryPolicy policy) {
        return fx.createJourney(
                status,
                TestJourneys.entering("user.created", "start")
                        .policy(policy)
                        .node("start")
                        .terminal("done")
                        .on("start-to-done", "start", "done", "user.login")
                        .build());
    }

    @Test
    void enrollsUserWhenEntryEventMatchesAndCreatesBareUser() {
        String j = twoStep(JourneyStatus.ACTIVE, ReEntryPolicy.SKIP);

        EventOutcome outcome = events().system(ENV, "u1", "user.created", Map.of());

        assertThat(outcome.userCreated()).isTrue();
        assertThat(outcome.enrolledIn()).containsExactly(j);
        assertThat(fx.state(j, "u1").node()).isEqualTo("start");
        assertThat(fx.runtime.users().get(ENV, "u1")).isPresent();
    }

    @Test
    void entryConditionsCompareStrictly() {
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("app.signup", "start")
                                .conditions(Map.of("tier", 1))
                                .node("start")
                                .build());

        events().track(ENV, "string", "signup", Map.of("tier", "1"), null);
        events().track(ENV, "number", "signup", Map.of("tier", 1), null);
        events().track(ENV, "decimal", "signup", Map.of("tier", 1.0), null);
        events().track(ENV, "missing", "signup", Map.of(), null);

        assertThat(fx.count("SELECT COUNT(*) FROM user_journey_states WHERE journey_id = ?", j))
                .isEqualTo(2);
        assertThat(fx.state(j, "number").isActive()).isTrue();
        assertThat(fx.state(j, "decimal").isActive()).isTrue();
    }

    @Test
    void doesNotEnrollInDraftOrPausedJourneys() {
        twoStep(JourneyStatus.DRAFT, ReEntryPolicy.SKIP);
        twoStep(JourneyStatus.PAUSED, ReEntryPolicy.SKIP);

        assertThat(events().system(ENV, "u1", "user.created", null).enrolledIn()).isEmpty();
    }

    @Test
    void skipPolicyIgnoresSecondEntryEvent() {
        String j = twoStep(JourneyStatus.ACTIVE, ReEntryPolicy.SKIP);
        events().system(ENV, "u1", "user.created", null);
        events().system(ENV, "u1", "user.login", null);

        assertThat(events().system(ENV, "u1", "user.created", null).enrolledIn()).isEmpty();
        assertThat(fx.state(j, "u1").status()).isEqualTo(UserState.COMPLETED);
        assertThat(fx.stats.totals(j).enrolled()).isEqualTo(1);
    }

    @Test
    void restartPolicyExitsOldStateAndEnrollsAfresh() {
        String j = twoStep(JourneyStatus.ACTIVE, ReEntryPolicy.RESTART);
        events().system(ENV, "u1", "user.created", null);

        assertThat(events().system(ENV, "u1", "user.created", null).enrolledIn())
                .containsExactly(j);

        UserState s = fx.state(j, "u1");
        assertThat(s.isActive()).isTrue();
        assertThat(s.visitNo()).isEqualTo(2);
        var totals = fx.stats.totals(j);
        assertThat(totals.enrolled()).isEqualTo(2);
        assertThat(totals.exited()).isEqualTo(1);
        assertThat(totals.active()).isEqualTo(1);
        var path = fx.runtime.users().get(ENV, "u1").orElseThrow().journeys().get(0).path();
        assertThat(path).extracting(v -> v.outcome()).containsExactly("exited", null);
    }

    @Test
    void enrollingEventDoesNotAlsoMoveTheUser() {
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.login", "start")
                                .node("start")
                                .terminal("done")
                                .on("again", "start", "done", "user.login")
                                .build());

        EventOutcome first = events().system(ENV, "u1", "user.login", null);
        assertThat(first.moves()).isEmpty();
        assertThat(fx.state(j, "u1").node()).isEqualTo("start");

        EventOutcome second = events().system(ENV, "u1", "user.login", null);
        assertThat(second.moves())
                .extracting(EventOutcome.Move::transition)
                .containsExactly("again");
        assertThat(fx.state(j, "u1").status()).isEqualTo(UserState.COMPLETED);
    }

    @Test
    void movesAlongFirstMatchingTransitionInDefinitionOrder() {
        String j =
                fx.createJourney(
                        JourneyStatus.ACTIVE,
                        TestJourneys.entering("user.created", "trial")
                                .node("trial")
                                .terminal("pro")
                                .terminal("annual")
                                .terminal("any")
                                .on("to-pro", "trial", "pro", "app.upgraded", Map.of("plan", "pro"))
                                .on(
                                        "to-annual",
                                        "trial",
                                        "annual",
                                        "app.upgraded",
                                        Map.of("interval", "annual"))
                                .on("to-any", "trial", "any", "app.upgraded")
                                .build());
        for (String u : List.of("a", "b", "c")) {
            events().system(ENV, u, "user.created", null);
        }

        events().track(ENV, "a", "upgraded", Map.of("plan", "pro", "interval", "annual"), null);
        events().track(
                        ENV,
                        "b",
                        "app.upgraded",
                        Map.of("plan", "starter", "interval", "annual"),
                        null);
        events().track(ENV, "c", "upgraded", Map.of("plan", "starter"), null);

        assertThat(fx.state(j, "a").node()).isEqualTo("pro");
        assertThat(fx.state(j, "b").node()).isEqualTo("annual");
        assertThat(fx.state(j, "c").node()).isEqualTo("any");
    }

    @Test
    void prefixesAppEventsOnce() {
        assertThat(events().track(ENV, "u", "completed_onboarding", null, null).event())
                .isEqualTo("app.completed_onboarding");
        assertThat(events().track(ENV, "u", "app.completed_onboarding", null, null).event())
                .isEqualTo("app.completed_onboarding");
    }

    @Test
    void rejectsUnknownSystemEventNamingTheField() {
        assertThatThrownBy(() -> events().system(ENV, "u1", "user.deleted", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'user.deleted'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("event");
        assertThat(fx.runtime.users().get(ENV, "u1")).isEmpty();
    }

    @Test
    void batchAppliesInOrderAndRefusesEachBadEventAlone() {
        String j = twoStep(JourneyStatus.ACTIVE, ReEntryPolicy.SKIP);
        List<BatchEvent> batch = new ArrayList<>();
        batch.add(new BatchEvent("system", "u1", "user.created", null, null));
        batch.add(new BatchEvent("system", "u1", "user.exploded", null, null));
        batch.add(new BatchEvent("system", "u1", "user.login", null, null));

        List<BatchResult> results = events().batch(ENV, batch);

        assertThat(results).extracting(BatchResult::accepted).containsExactly(true, false, true);
        assertThat(results.get(1).error().field()).isEqualTo("event");
        assertThat(fx.state(j, "u1").status()).isEqualTo(UserState.COMPLETED);
    }

    @Test
    void batchKeepsEveryTagWhenOneUserIsTaggedTwiceInOneCall() {
        fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "first")
                        .node("first", new Action.TagUser("a"))
                        .terminal("second", new Action.TagUser("b"))
                        .on("first-to-second", "first", "second", "user.login")
                        .build());

        events().batch(
                        ENV,
                        List.of(
                                new BatchEvent("system", "u1", "user.created", null, null),
                                new BatchEvent("system", "u1", "user.login", null, null)));

        assertThat(fx.runtime.users().get(ENV, "u1").orElseThrow().profile().tags())
                .containsExactly("a", "b");
    }

    @Test
    void batchRestartsTheSameUserSeveralTimesInOneCall() {
        String j = twoStep(JourneyStatus.ACTIVE, ReEntryPolicy.RESTART);
        List<BatchEvent> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(new BatchEvent("system", "u1", "user.created", null, null));
        }

        events().batch(ENV, batch);

        UserState s = fx.state(j, "u1");
        assertThat(s.isActive()).isTrue();
        assertThat(s.visitNo()).isEqualTo(3);
        var totals = fx.stats.totals(j);
        assertThat(totals.enrolled()).isEqualTo(3);
        assertThat(totals.exited()).isEqualTo(2);
        assertThat(totals.active()).isEqualTo(1);
        var path = fx.runtime.users().get(ENV, "u1").orElseThrow().journeys().get(0).path();
        assertThat(path).extracting(v -> v.outcome()).containsExactly("exited", "exited", null);
    }

    @Test
    void batchOfManyUsersEnrollsAndMovesEachOnce() {
        String j = twoStep(JourneyStatus.ACTIVE, ReEntryPolicy.SKIP);
        List<BatchEvent> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(new BatchEvent("system", "u" + i, "user.created", null, null));
        }
        for (int i = 0; i < 300; i += 3) {
            batch.add(new BatchEvent("system", "u" + i, "user.login", null, null));
        }

        List<BatchResult> results = events().batch(ENV, batch);

        assertThat(results).allMatch(BatchResult::accepted);
        assertThat(results.get(0).outcome().userCreated()).isTrue();
        assertThat(results.get(300).outcome().userCreated()).isFalse();
        var totals = fx.stats.totals(j);
        assertThat(totals.enrolled()).isEqualTo(300);
        assertThat(totals.completed()).isEqualTo(100);
        assertThat(totals.active()).isEqualTo(200);
        assertThat(fx.state(j, "u3").status()).isEqualTo(UserState.COMPLETED);
        assertThat(fx.state(j, "u4").node()).isEqualTo("start");
        assertThat(fx.count("SELECT COUNT(*) FROM user_visits WHERE journey_id = ?", j))
                .isEqualTo(400);
    }

    @Test
    void rejectsBatchOfMoreThanAThousand() {
        List<BatchEvent> batch = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            batch.add(new BatchEvent("track", "u" + i, "x", null, null));
        }
        assertThatThrownBy(() -> events().batch(ENV, batch))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1001");
        assertThat(fx.count("SELECT COUNT(*) FROM users")).isZero();
    }
}

package com.ascendkit.journeys.engine.runtime.lifecycle;

import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.ENV;
import static com.ascendkit.journeys.engine.runtime.RuntimeFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.runtime.RuntimeTestCase;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class LifecycleHooksTest extends RuntimeTestCase {

    private String waitThenTag() {
        return fx.createJourney(
                JourneyStatus.ACTIVE,
                TestJourneys.entering("user.created", "wait")
                        .node("wait")
                        .node("tagged", new Action.TagUser("nudged"))
                        .terminal("done", new Action.AdvanceStage("activated"))
                        .timer("wait", "tagged", "2d")
                        .on("tagged-login", "tagged", "done", "user.login")
                        .build());
    }

    private void created(String... users) {
        for (String u : users) {
            fx.runtime.events().system(ENV, u, "user.created", null);
        }
    }

    private List<String> tags(String user) {
        return fx.runtime.users().get(ENV, user).orElseThrow().profile().tags();
    }

    @Test
    void pauseQueuesActionsAndActivateRunsThemInOrder() {
        String j = waitThenTag();
        created("a", "b");
        fx.setStatus(j, JourneyStatus.PAUSED);

        fx.runtime.advanceClock(Duration.ofDays(2));
        fx.runtime.events().system(ENV, "a", "user.login", null);

        assertThat(fx.state(j, "a").status()).isEqualTo(UserState.COMPLETED);
        assertThat(tags("a")).isEmpty();
        assertThat(fx.runtime.users().get(ENV, "a").orElseThrow().profile().stage()).isNull();
        assertThat(fx.count("SELECT COUNT(*) FROM queued_actions WHERE journey_id = ?", j))
                .isEqualTo(3);

        fx.setStatus(j, JourneyStatus.ACTIVE);

        assertThat(tags("a")).containsExactly("nudged");
        assertThat(tags("b")).containsExactly("nudged");
        assertThat(fx.runtime.users().get(ENV, "a").orElseThrow().profile().stage())
                .isEqualTo("activated");
        assertThat(fx.count("SELECT COUNT(*) FROM queued_actions")).isZero();
    }

    @Test
    void pauseStopsEnrollmentButNotMoves() {
        String j = waitThenTag();
        created("a");
        fx.setStatus(j, JourneyStatus.PAUSED);

        created("late");
        fx.runtime.advanceClock(Duration.ofDays(2));

        assertThat(fx.count("SELECT COUNT(*) FROM user_journey_states WHERE user_id = 'late'"))
                .isZero();
        assertThat(fx.state(j, "a").node()).isEqualTo("tagged");
    }

    @Test
    void archiveExitsEveryoneAndDropsQueuedActionsAndTimers() {
        String j = waitThenTag();
        created("a", "b");
        fx.setStatus(j, JourneyStatus.PAUSED);
        fx.runtime.advanceClock(Duration.ofDays(2));
        created("c");

        fx.setStatus(j, JourneyStatus.ARCHIVED);

        assertThat(fx.state(j, "a").status()).isEqualTo(UserState.EXITED);
        assertThat(fx.state(j, "b").status()).isEqualTo(UserState.EXITED);
        assertThat(fx.count("SELECT COUNT(*) FROM queued_actions")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM journey_timers")).isZero();
        assertThat(fx.stats.totals(j).exited()).isEqualTo(2);
        assertThat(fx.stats.totals(j).active()).isZero();
        assertThat(fx.runtime.events().system(ENV, "a", "user.login", null).moves()).isEmpty();
        assertThat(tags("a")).isEmpty();
    }

    @Test
    void removingNodeWithForceExitsItsUsers() {
        String j = waitThenTag();
        created("a");

        fx.removeNode(j, "wait", null, true);

        assertThat(fx.state(j, "a").status()).isEqualTo(UserState.EXITED);
        assertThat(usersPerNode(j)).isEmpty();
        assertThat(fx.count("SELECT COUNT(*) FROM journey_timers")).isZero();
        var visit = fx.runtime.users().get(ENV, "a").orElseThrow().journeys().get(0).path().get(0);
        assertThat(visit.reason()).isEqualTo("node 'wait' removed");
    }

    @Test
    void removingNodeWithMoveUsersToMovesThemAndRunsThatNodesAction() {
        String j = waitThenTag();
        created("a");

        fx.removeNode(j, "wait", "tagged", false);

        assertThat(fx.state(j, "a").node()).isEqualTo("tagged");
        assertThat(tags("a")).containsExactly("nudged");
        assertThat(usersPerNode(j)).isEqualTo(Map.of("tagged", 1L));
    }

    @Test
    void refusesRemovalOfOccupiedNodeWithoutForceOrTarget() {
        String j = waitThenTag();
        created("a");

        assertThatThrownBy(() -> fx.removeNode(j, "wait", null, false))
                .hasMessageContaining("1 users are in node 'wait'");
        assertThat(fx.state(j, "a").node()).isEqualTo("wait");
    }

    @Test
    void changingDelayRetimesPendingTimersFromEnteredAt() {
        String j = waitThenTag();
        created("a");
        fx.runtime.advanceClock(Duration.ofHours(10));
        created("b");

        fx.edit(j, d -> withTrigger(d, "wait-to-tagged", Trigger.after("1d")));

        fx.runtime.advanceClock(Duration.ofHours(14));
        assertThat(fx.state(j, "a").node()).isEqualTo("tagged");
        assertThat(fx.state(j, "a").enteredAt()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(fx.state(j, "b").node()).isEqualTo("wait");
        fx.runtime.advanceClock(Duration.ofHours(10));
        assertThat(fx.state(j, "b").node()).isEqualTo("tagged");
    }

    @Test
    void removingTimerTransitionDropsItsTimersAndAddingOneSchedulesIt() {
        String j = waitThenTag();
        created("a");
        fx.edit(
                j,
                d ->
                        new JourneyDefinition(
                                d.name(),
                                d.entryEvent(),
                                d.entryConditions(),
                                d.entryNode(),
                                d.reEntryPolicy(),
                                d.nodes(),
                                d.transitions().stream()
                                        .filter(t -> !t.name().equals("wait-to-tagged"))
                                        .toList()));
        assertThat(fx.count("SELECT COUNT(*) FROM journey_timers")).isZero();

        fx.edit(
                j,
                d ->
                        new JourneyDefinition(
                                d.name(),
                                d.entryEvent(),
                                d.entryConditions(),
                                d.entryNode(),
                                d.reEntryPolicy(),
                                d.nodes(),
                                List.of(
                                        new Transition(
                                                "later", "wait", "done", Trigger.after("3h")))));
        fx.runtime.advanceClock(Duration.ofHours(3));

        assertThat(fx.state(j, "a").status()).isEqualTo(UserState.COMPLETED);
        assertThat(fx.state(j, "a").enteredAt()).isEqualTo(START.plus(Duration.ofHours(3)));
    }

    @Test
    void renamedNodeKeepsItsUsersTimersAndCounters() {
        String j = waitThenTag();
        created("a");

        fx.renameNode(j, "wait", "pause");

        assertThat(fx.state(j, "a").node()).isEqualTo("pause");
        assertThat(usersPerNode(j)).isEqualTo(Map.of("pause", 1L));
        assertThat(fx.stats.node(j, "pause")[1]).isEqualTo(1);
        fx.runtime.advanceClock(Duration.ofDays(2));
        assertThat(fx.state(j, "a").node()).isEqualTo("tagged");
        var path = fx.runtime.users().get(ENV, "a").orElseThrow().journeys().get(0).path();
        assertThat(path.get(0).node()).isEqualTo("pause");
    }

    @Test
    void deletingJourneyDeletesStatesTimersAndCounters() {
        String j = waitThenTag();
        created("a");

        fx.deleteJourney(j);

        assertThat(fx.count("SELECT COUNT(*) FROM user_journey_states")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM user_visits")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM journey_timers")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM node_counters")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM journey_totals")).isZero();
    }

    private Map<String, Long> usersPerNode(String j) {
        return fx.db.jdbi().withHandle(h -> fx.runtime.hooks().usersPerNode(h, j));
    }

    private static JourneyDefinition withTrigger(
            JourneyDefinition d, String transition, Trigger trigger) {
        return new JourneyDefinition(
                d.name(),
                d.entryEvent(),
                d.entryConditions(),
                d.entryNode(),
                d.reEntryPolicy(),
                d.nodes(),
                d.transitions().stream()
                        .map(t -> t.name().equals(transition) ? t.withTrigger(trigger) : t)
                        .toList());
    }
}

package com.ascendkit.journeys.studio.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.editing.Trail;
import org.junit.jupiter.api.Test;

/**
 * A user's path replayed, over a real engine: "start" (entry), on {@code user.login} to "welcomed"
 * (tags the user), which waits two days for "reminder".
 */
class ReplayViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final ReplayViewModel replay = f.studio.replay();

    ReplayViewModelTest() {
        f.client
                .nodes()
                .add(
                        f.journeyId,
                        AddNodeRequest.named("welcomed").withAction(new Action.TagUser("vip")));
        f.client.nodes().add(f.journeyId, AddNodeRequest.named("reminder").withTerminal(true));
        f.client
                .transitions()
                .add(
                        f.journeyId,
                        AddTransitionRequest.of("start", "welcomed", Trigger.on("user.login")));
        f.client
                .transitions()
                .add(
                        f.journeyId,
                        AddTransitionRequest.of("welcomed", "reminder", Trigger.after("2d")));
        f.studio.session().close();
        f.studio.session().open(f.journeyId);
        f.enrollUsers(1);
    }

    private void logIn() {
        f.client.events().system(SystemEvent.of("user-1", "user.login"));
    }

    @Test
    void opensAtTheLastStepWithTheWholePathLit() {
        logIn();

        replay.start("user-1", "user-1");

        Trail t = replay.trailProperty().get();
        assertThat(replay.activeProperty().get()).isTrue();
        assertThat(t.visited()).containsKeys("start", "welcomed");
        assertThat(t.transitions()).hasSize(1);
        assertThat(t.current()).isEqualTo("welcomed");
        assertThat(t.note()).startsWith("due ").endsWith("→ reminder");
        int last = replay.pathProperty().get().steps().size();
        assertThat(replay.positionProperty().get()).isEqualTo("Step " + last + " of " + last);
    }

    @Test
    void stepsForwardFromTheStartToTheNextStep() {
        logIn();
        replay.start("user-1", "user-1");
        replay.first();
        assertThat(replay.trailProperty().get().visited()).containsOnlyKeys("start");

        while (replay.trailProperty().get().current().equals("start")) {
            assertThat(replay.next()).isTrue();
        }

        assertThat(replay.trailProperty().get().current()).isEqualTo("welcomed");
        assertThat(replay.stepProperty().get()).isNotBlank();
    }

    @Test
    void appendsStepsTheStreamTellsOfAndFollowsThemFromTheEnd() {
        replay.start("user-1", "user-1");
        assertThat(replay.trailProperty().get().current()).isEqualTo("start");

        logIn();
        replay.pathMayHaveChanged();

        assertThat(replay.trailProperty().get().current()).isEqualTo("welcomed");
    }

    @Test
    void playsFromTheStartAndPausesAtTheEnd() {
        logIn();
        replay.start("user-1", "user-1");

        replay.togglePlay();
        assertThat(replay.indexProperty().get()).isZero();
        int steps = replay.pathProperty().get().steps().size();
        for (int i = 0; i < steps; i++) {
            replay.tick();
        }

        assertThat(replay.playingProperty().get()).isFalse();
        assertThat(replay.indexProperty().get()).isEqualTo(steps - 1);
    }

    @Test
    void leavesNothingLitWhenClosed() {
        replay.start("user-1", "user-1");

        replay.close();

        assertThat(replay.trailProperty().get()).isEqualTo(Trail.NONE);
        assertThat(replay.activeProperty().get()).isFalse();
    }

    @Test
    void saysWhyAPathCouldNotBeReadUntilClosed() {
        replay.start("ghost", "ghost");
        assertThat(replay.errorProperty().get()).startsWith("Could not read the path of ghost: ");
        assertThat(replay.activeProperty().get()).isFalse();

        replay.close();

        assertThat(replay.errorProperty().get()).isEmpty();
    }
}

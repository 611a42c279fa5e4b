package com.ascendkit.journeys.studio.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.connection.TestEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneySessionTest {
    private final StudioFixture f = new StudioFixture();
    private final JourneySession session = f.studio.session();

    @Test
    void showsAnEditAtOnceAndStoresIt() {
        session.submit(
                new AddNodeCommand(
                        "welcome",
                        new Node(new Action.SendEmail("welcome"), false, new Position(10, 20))));

        assertThat(f.shown().nodes()).containsKey("welcome");
        assertThat(f.stored().nodes().get("welcome").position()).isEqualTo(new Position(10, 20));
        assertThat(f.shown().version()).isEqualTo(f.stored().version());
        assertThat(session.unsavedProperty().get()).isZero();
    }

    @Test
    void returnsToTheServersTruthAndSaysWhyWhenAnEditIsRefused() {
        f.enrollUsers(3);

        session.submit(RemoveNodeCommand.of(f.shown(), "start", false, null));

        assertThat(f.shown().nodes()).containsKey("start");
        assertThat(session.noticeProperty().get().text())
                .contains("Remove node 'start' failed")
                .contains("node 'start' holds 3 users");
    }

    @Test
    void reAppliesAnEditOnTopOfAJourneyChangedElsewhere() {
        f.client
                .nodes()
                .add(
                        f.journeyId,
                        AddNodeRequest.named("other").withAction(new Action.TagUser("vip")));

        session.submit(
                UpdateNodeCommand.move(
                        f.shown(), "start", new Position(40, 40), new Position(5, 5)));

        assertThat(f.shown()).isEqualTo(f.stored());
        assertThat(f.stored().nodes()).containsKey("other");
        assertThat(f.stored().nodes().get("start").position()).isEqualTo(new Position(5, 5));
        assertThat(session.noticeProperty().get().text())
                .contains("changed elsewhere")
                .contains("Move 'start' was made on top of it");
    }

    @Test
    void explainsAnEditThatNoLongerAppliesAfterAChangeElsewhere() {
        session.submit(new AddNodeCommand("gone", Node.of(Action.none())));
        f.client.nodes().remove(f.journeyId, "gone");

        session.submit(
                UpdateNodeCommand.move(f.shown(), "gone", new Position(0, 0), new Position(5, 5)));

        assertThat(f.shown()).isEqualTo(f.stored());
        assertThat(f.stored().nodes()).doesNotContainKey("gone");
        assertThat(session.noticeProperty().get().text())
                .contains("changed elsewhere")
                .contains("Move 'gone' no longer applies")
                .contains("gone");
    }

    @Test
    void anAnnouncedNewerVersionIsLoadedAndAnOldOneIsNot() {
        // placed on free space: the canvas has no reason to move it (which would be a version more)
        f.client
                .nodes()
                .add(
                        f.journeyId,
                        AddNodeRequest.named("cli")
                                .withAction(Action.none())
                                .withPosition(new Position(600, 300)));
        long stored = f.stored().version();
        f.gateway.clearCalls();

        session.changedTo(stored - 1);
        assertThat(f.gateway.calls()).isEmpty();

        session.changedTo(stored);
        assertThat(f.shown().nodes()).containsKey("cli");
        assertThat(f.shown().version()).isEqualTo(stored);
    }

    @Test
    void keepsEditsWhileTheEngineIsUnreachableAndSendsThemOnRetry(@TempDir Path dir) {
        try (TestEngine own = TestEngine.start(dir)) {
            keepsEditsWhileUnreachable(new StudioFixture(own));
        }
    }

    private static void keepsEditsWhileUnreachable(StudioFixture f) {
        JourneySession session = f.studio.session();
        f.engine.stop();

        session.submit(
                UpdateNodeCommand.move(
                        f.shown(), "start", new Position(40, 40), new Position(1, 2)));
        session.submit(new AddNodeCommand("later", Node.of(Action.none())));

        assertThat(f.studio.reachability().onlineProperty().get()).isFalse();
        assertThat(f.studio.reachability().messageProperty().get())
                .contains("Cannot reach the engine");
        assertThat(f.shown().nodes()).containsKeys("start", "later");
        assertThat(session.unsavedProperty().get()).isEqualTo(2);

        f.engine.restart();
        f.executor.runScheduled();

        assertThat(f.stored().nodes()).containsKey("later");
        assertThat(f.stored().nodes().get("start").position()).isEqualTo(new Position(1, 2));
        assertThat(session.unsavedProperty().get()).isZero();
        assertThat(f.studio.reachability().onlineProperty().get()).isTrue();
    }

    @Test
    void refusesLocallyWhatCannotApplyWithoutCallingTheEngine() {
        session.submit(new AddNodeCommand("start", Node.of(Action.none())));

        assertThat(f.gateway.calls()).isEmpty();
        assertThat(session.noticeProperty().get().text()).contains("node 'start' already exists");
    }

    @Test
    void undoOfAMoveIsTheInverseCall() {
        UpdateNodeCommand move =
                UpdateNodeCommand.move(
                        f.shown(), "start", new Position(40, 40), new Position(7, 8));
        session.submit(move);
        session.submit(move.inverse());

        assertThat(f.stored().nodes().get("start").position()).isEqualTo(new Position(40, 40));
        assertThat(f.gateway.calls()).hasSize(2);
    }
}

package com.ascendkit.journeys.studio.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The undo history over a real engine: every check reads the journey back with the engine's GET.
 */
class CommandStackTest {
    private final StudioFixture f = new StudioFixture();
    private final JourneySession session = f.studio.session();
    private final CommandStack history = session.history();

    /** start → email → done, plus start → done, with positions. */
    private void buildThreeNodes() {
        session.submit(
                new AddNodeCommand(
                        "email",
                        new Node(new Action.SendEmail("welcome"), false, new Position(300, 40))));
        session.submit(
                new AddNodeCommand(
                        "done",
                        new Node(new Action.TagUser("onboarded"), true, new Position(600, 40))));
        session.submit(
                AddTransitionCommand.connect(f.shown(), "start", "email", Trigger.on("signed.in")));
        session.submit(
                AddTransitionCommand.connect(f.shown(), "email", "done", Trigger.after("2d")));
        session.submit(
                AddTransitionCommand.connect(f.shown(), "start", "done", Trigger.on("skip")));
    }

    private List<String> storedTransitionNames() {
        return f.stored().transitions().stream().map(Transition::name).toList();
    }

    @Test
    void namesTheEditToUndoAndRedoInTheMenuText() {
        session.submit(new AddNodeCommand("done", Node.of(Action.none())));
        session.submit(AddTransitionCommand.connect(f.shown(), "start", "done", Trigger.on("go")));

        assertThat(history.undoTextProperty().get())
                .startsWith("Undo add transition 'start-to-done'");
        history.undo();
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo add node 'done'");
        assertThat(history.redoTextProperty().get())
                .startsWith("Redo add transition 'start-to-done'");
    }

    @Test
    void undoingANodeRemovalRestoresItsActionPositionAndTransitionsInTheirOrder() {
        buildThreeNodes();
        Journey before = f.stored();
        List<String> order = storedTransitionNames();
        assertThat(order).containsExactly("start-to-email", "email-to-done", "start-to-done");

        session.submit(RemoveNodeCommand.of(f.shown(), "email", false, null));
        assertThat(f.stored().nodes()).doesNotContainKey("email");
        assertThat(storedTransitionNames()).containsExactly("start-to-done");

        assertThat(history.undo()).isTrue();

        Journey after = f.stored();
        assertThat(after.nodes().get("email")).isEqualTo(before.nodes().get("email"));
        assertThat(after.transitions()).isEqualTo(before.transitions());
        assertThat(f.shown().transitions()).isEqualTo(before.transitions());
    }

    @Test
    void undoesAndRedoesAChainOfEditsBackToTheStartAndForwardAgain() {
        long firstVersion = f.stored().version();
        Journey empty = f.stored();
        buildThreeNodes();
        session.submit(
                UpdateNodeCommand.move(
                        f.shown(), "done", new Position(600, 40), new Position(700, 90)));
        session.submit(RemoveNodeCommand.of(f.shown(), "email", false, null));
        Journey full = f.stored();

        int undone = 0;
        while (history.canUndo()) {
            assertThat(history.undo()).isTrue();
            undone++;
        }

        assertThat(undone).isEqualTo(7);
        Journey back = f.stored();
        assertThat(back.nodes()).isEqualTo(empty.nodes());
        assertThat(back.transitions()).isEmpty();
        assertThat(back.version()).isGreaterThan(firstVersion);

        while (history.canRedo()) {
            history.redo();
        }

        Journey again = f.stored();
        assertThat(again.nodes()).isEqualTo(full.nodes());
        assertThat(again.transitions()).isEqualTo(full.transitions());
        assertThat(session.unsavedProperty().get()).isZero();
    }

    @Test
    void undoingATransitionRemovalPutsItBackAtItsPlace() {
        buildThreeNodes();
        List<String> order = storedTransitionNames();

        session.submit(
                RemoveTransitionCommand.of(
                        f.shown(), JourneyEdits.find(f.shown(), "start-to-email")));
        history.undo();

        assertThat(storedTransitionNames()).isEqualTo(order);
    }

    @Test
    void aNewEditClearsTheRedoSide() {
        session.submit(new AddNodeCommand("a", Node.of(Action.none())));
        history.undo();
        assertThat(history.canRedo()).isTrue();

        session.submit(new AddNodeCommand("b", Node.of(Action.none())));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.redoTextProperty().get()).isEqualTo("Redo");
    }

    @Test
    void aCompositeIsOneStepAndItsUndoIsOneStep() {
        session.submit(new AddNodeCommand("a", new Node(Action.none(), false, new Position(0, 0))));
        session.submit(
                new AddNodeCommand("b", new Node(Action.none(), false, new Position(0, 100))));
        int revision = history.revisionProperty().get();
        session.submit(
                new CompositeCommand(
                        "Move 2 nodes",
                        List.of(
                                UpdateNodeCommand.move(
                                        f.shown(), "a", new Position(0, 0), new Position(50, 0)),
                                UpdateNodeCommand.move(
                                        f.shown(),
                                        "b",
                                        new Position(0, 100),
                                        new Position(50, 100)))));
        assertThat(history.revisionProperty().get()).isEqualTo(revision + 1);
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo move 2 nodes");

        history.undo();

        assertThat(f.stored().nodes().get("a").position()).isEqualTo(new Position(0, 0));
        assertThat(f.stored().nodes().get("b").position()).isEqualTo(new Position(0, 100));
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo add node 'b'");
    }

    @Test
    void anUndoMadeAgainstAnOldVersionIsMadeOnTopOfTheNewOne() {
        session.submit(
                UpdateNodeCommand.move(
                        f.shown(), "start", new Position(40, 40), new Position(1, 1)));
        f.client
                .nodes()
                .update(
                        f.journeyId,
                        "start",
                        UpdateNodeRequest.empty().withPosition(new Position(9, 9)));

        history.undo(); // sent against the old version: 412, then again on the new one

        assertThat(f.stored().nodes().get("start").position()).isEqualTo(new Position(40, 40));
        assertThat(history.canRedo()).isTrue();
        assertThat(session.noticeProperty().get().text()).contains("changed elsewhere");
    }

    @Test
    void anUndoTheEngineRefusesStaysOnTheUndoSide() {
        f.enrollUsers(0); // activates
        session.submit(new AddNodeCommand("busy", Node.of(Action.none())));
        session.submit(
                UpdateJourneyCommand.of(
                        f.shown(), JourneyChanges.none().withEntryNode("busy"), "Enter at 'busy'"));
        f.enrollUsers(2); // two users wait in 'busy'
        session.submit(
                UpdateJourneyCommand.of(
                        f.shown(),
                        JourneyChanges.none().withEntryNode("start"),
                        "Enter at 'start'"));
        history.undo();
        history.undo();
        history.undo(); // remove 'busy': refused, it holds users

        assertThat(f.stored().nodes()).containsKey("busy");
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo add node 'busy'");
        assertThat(session.noticeProperty().get().text()).contains("holds 2 users");
    }

    @Test
    void anUndoThatNoLongerAppliesIsDroppedAndSaysWhy() {
        session.submit(new AddNodeCommand("a", Node.of(Action.none())));
        session.submit(
                UpdateNodeCommand.move(f.shown(), "a", new Position(0, 0), new Position(5, 5)));
        f.client.nodes().remove(f.journeyId, "a");
        session.reload();

        assertThat(history.undo()).isFalse();

        assertThat(session.noticeProperty().get().text()).contains("'a'");
        assertThat(history.undoTextProperty().get()).isEqualTo("Undo add node 'a'");
    }

    @Test
    void editsMadeWhileUndoingAreNotRecorded() {
        session.submit(new AddNodeCommand("a", Node.of(Action.none())));
        int[] reentered = {0};
        session.journeyProperty()
                .addListener(
                        (o, x, y) -> {
                            if (reentered[0]++ == 0) {
                                assertThat(history.undo()).isFalse(); // re-entrant: ignored
                            }
                        });

        assertThat(history.undo()).isTrue();

        assertThat(f.stored().nodes()).doesNotContainKey("a");
        assertThat(history.canRedo()).isTrue();
    }
}

package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

    @Test
    void deletingANodeWithoutUsersRemovesItWithoutAsking() {
        canvas.steps().addNode("none", new Position(0, 0));
        canvas.selection().select(Selection.node("step"));

        canvas.deletion().deleteSelection();

        assertThat(f.stored().nodes()).doesNotContainKey("step");
        assertThat(f.dialogs.asked).isEmpty();
    }

    @Test
    void deletingANodeThatHoldsUsersMovesThemWhereTheUserSays() {
        canvas.steps().addNode("none", new Position(0, 0));
        f.enrollUsers(4);
        f.dialogs.fate = Optional.of(new Dialogs.UsersFate("step"));
        canvas.selection().select(Selection.node("start"));

        canvas.deletion().deleteSelection();

        assertThat(f.dialogs.asked).containsExactly("fate of 4 in start [step]");
        assertThat(f.stored().nodes()).doesNotContainKey("start");
        assertThat(f.gateway.calls()).contains("removeNode start force=false moveUsersTo=step");
    }

    @Test
    void deletingANodeThatHoldsUsersDoesNothingWhenTheUserCancels() {
        f.enrollUsers(4);
        canvas.selection().select(Selection.node("start"));

        canvas.deletion().deleteSelection();

        assertThat(f.stored().nodes()).containsKey("start");
        assertThat(f.gateway.calls()).noneMatch(c -> c.startsWith("removeNode"));
    }

    @Test
    void deletingManyIsOneStepAndItsUndoBringsAllBack() {
        canvas.steps().addNode("tag_user", new Position(300, 40));
        canvas.steps().addNode("advance_stage", new Position(600, 40));
        canvas.connections().connect("start", "tag", Trigger.on("a"));
        canvas.connections().connect("tag", "stage", Trigger.on("b"));
        canvas.connections().connect("stage", "start", Trigger.after("1d"));
        var before = f.stored();
        f.gateway.clearCalls();

        canvas.selection().select(new Selection(Set.of("tag", "stage"), Set.of("stage-to-start")));
        canvas.deletion().deleteSelection();

        assertThat(f.stored().nodes()).containsOnlyKeys("start");
        assertThat(f.studio.session().history().undoTextProperty().get())
                .isEqualTo("Undo remove 2 nodes and 1 transition");

        f.studio.session().history().undo();

        assertThat(f.stored().nodes()).isEqualTo(before.nodes());
        assertThat(f.stored().transitions()).isEqualTo(before.transitions());
        assertThat(f.studio.session().history().canUndo()).isTrue();
        assertThat(f.studio.session().history().undoTextProperty().get())
                .startsWith("Undo add transition 'stage-to-start'");
    }
}

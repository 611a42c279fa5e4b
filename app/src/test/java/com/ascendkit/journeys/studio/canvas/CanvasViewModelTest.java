package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanvasViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

    @Test
    void aDropAfterDraggingSendsOneUpdateWithThePosition() {
        canvas.moves().moveNode("start", new Position(300, 120));

        assertThat(f.gateway.calls())
                .containsExactly(
                        "updateNode start NodeChanges[action=null, terminal=null, position=Position[x=300.0, y=120.0], name=null]");
        assertThat(f.stored().nodes().get("start").position()).isEqualTo(new Position(300, 120));
    }

    @Test
    void aDropWhereTheNodeAlreadyIsSendsNothing() {
        canvas.moves().moveNode("start", new Position(300, 120));
        f.gateway.clearCalls();

        canvas.moves().moveNode("start", new Position(300, 120));

        assertThat(f.gateway.calls()).isEmpty();
    }

    @Test
    void aPaletteDropAddsANodeThereWithAFreeNameAndSelectsIt() {
        canvas.steps().addNode("send_email", new Position(350, 60));
        canvas.steps().addNode("send_email", new Position(350, 200));

        assertThat(f.stored().nodes()).containsKeys("email", "email-2");
        assertThat(f.stored().nodes().get("email").action())
                .isEqualTo(
                        new Action.SendEmail(
                                com.ascendkit.journeys.studio.sync.EnvironmentCatalog
                                        .CHOOSE_TEMPLATE));
        assertThat(f.stored().nodes().get("email-2").position()).isEqualTo(new Position(350, 200));
        assertThat(canvas.selection().get()).isEqualTo(Selection.node("email-2"));
    }

    @Test
    void connectingTakesTheDefaultTransitionName() {
        canvas.steps().addNode("tag_user", new Position(300, 0));
        canvas.connections().connect("start", "tag", Trigger.after("2d"));
        canvas.connections().connect("start", "tag", Trigger.on("user.login"));

        assertThat(f.stored().transitions())
                .extracting(t -> t.name())
                .containsExactly("start-to-tag", "start-to-tag-2");
    }

    @Test
    void reTargetingAnArrowUpdatesItsTo() {
        canvas.steps().addNode("tag_user", new Position(300, 0));
        canvas.steps().addNode("none", new Position(600, 0));
        canvas.connections().connect("start", "tag", Trigger.after("2d"));

        canvas.connections().retarget("start-to-tag", "step");

        assertThat(f.stored().transitions().get(0).to()).isEqualTo("step");
    }

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
    void fitShowsEveryCardAndRevealCentresANode() {
        canvas.viewport().widthProperty().set(1000);
        canvas.viewport().heightProperty().set(500);
        canvas.moves().moveNode("start", new Position(0, 0));
        canvas.steps().addNode("none", new Position(1800, 900));

        canvas.framing().fitToView();

        Viewport vp = canvas.viewport();
        assertThat(vp.toWorldX(0)).isLessThanOrEqualTo(0);
        assertThat(vp.toWorldX(1000)).isGreaterThanOrEqualTo(1800 + CardGeometry.WIDTH);
        canvas.framing().reveal("step");
        assertThat(vp.toWorldX(500)).isEqualTo(1800 + CardGeometry.WIDTH / 2);
        assertThat(canvas.selection().get()).isEqualTo(Selection.node("step"));
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

    @Test
    void movingManyIsOneStep() {
        canvas.steps().addNode("tag_user", new Position(300, 40));

        canvas.moves()
                .moveNodes(
                        Map.of("start", new Position(40, 40), "tag", new Position(300, 40)),
                        Map.of("start", new Position(60, 90), "tag", new Position(320, 90)));
        f.studio.session().history().undo();

        assertThat(f.stored().nodes().get("tag").position()).isEqualTo(new Position(300, 40));
        assertThat(f.stored().nodes().get("start").position()).isEqualTo(new Position(40, 40));
        assertThat(f.studio.session().history().undoTextProperty().get())
                .isEqualTo("Undo add node 'tag'");
    }

    @Test
    void ctrlASelectsEverythingAndTheBandSelectsTheCardsItMeets() {
        canvas.steps().addNode("tag_user", new Position(300, 40));
        canvas.steps().addNode("advance_stage", new Position(600, 400));
        canvas.connections().connect("start", "tag", Trigger.on("a"));

        canvas.selecting().selectAll();
        assertThat(canvas.selection().get().nodes()).containsOnly("start", "tag", "stage");
        assertThat(canvas.selection().get().transitions()).containsOnly("start-to-tag");

        canvas.selection().clear();
        canvas.selecting().selectIn(270, 0, 650, 100, false);
        assertThat(canvas.selection().get().nodes()).containsOnly("tag");
        canvas.selecting().selectIn(650, 450, 620, 380, true);
        assertThat(canvas.selection().get().nodes()).containsOnly("tag", "stage");
    }

    @Test
    void autoLayoutIsOneStepFromTheEntryAndItsUndoPutsTheCardsBack() {
        canvas.moves().moveNode("start", new Position(900, 500));
        canvas.steps().addNode("tag_user", new Position(40, 40));
        canvas.steps().addNode("advance_stage", new Position(400, 700));
        canvas.connections().connect("start", "tag", Trigger.on("a"));
        canvas.connections().connect("tag", "stage", Trigger.on("b"));
        var before = f.stored().nodes();

        canvas.moves().autoLayout();

        var laid = f.stored().nodes();
        assertThat(laid.get("start").position().x()).isLessThan(laid.get("tag").position().x());
        assertThat(laid.get("tag").position().x()).isLessThan(laid.get("stage").position().x());
        assertThat(f.studio.session().history().undoTextProperty().get())
                .isEqualTo("Undo auto-layout");

        f.studio.session().history().undo();

        assertThat(f.stored().nodes()).isEqualTo(before);
        assertThat(f.studio.session().history().undoTextProperty().get())
                .startsWith("Undo add transition 'tag-to-stage'");
    }

    @Test
    void aPaletteDropOnACardPutsTheNewCardBesideItNotOverIt() {
        canvas.moves().moveNode("start", new Position(100, 100));

        canvas.steps().addNode("tag_user", new Position(150, 120));

        Position tag = f.stored().nodes().get("tag").position();
        assertThat(Placement.overlaps(tag, new Position(100, 100), 0)).isFalse();
        assertThat(Math.hypot(tag.x() - 150, tag.y() - 120)).isLessThan(CardGeometry.WIDTH);
    }

    @Test
    void aPaletteClickPutsTheStepBesideTheSelectedCardOnFreeSpace() {
        canvas.moves().moveNode("start", new Position(40, 40));
        canvas.steps()
                .addNode(
                        "advance_stage",
                        new Position(40 + CardGeometry.WIDTH + Placement.GAP_X, 40));
        canvas.selection().select(Selection.node("start"));

        canvas.steps().addNext("tag_user", new Position(0, 0));

        Position tag = f.stored().nodes().get("tag").position();
        assertThat(tag.x()).isEqualTo(40 + CardGeometry.WIDTH + Placement.GAP_X);
        assertThat(tag.y()).isGreaterThan(40 + CardGeometry.HEIGHT);
        assertThat(
                        Placement.isFree(
                                java.util.List.of(
                                        new Position(40, 40),
                                        new Position(
                                                40 + CardGeometry.WIDTH + Placement.GAP_X, 40)),
                                tag))
                .isTrue();
    }

    @Test
    void aNodeTheCliAddsWithoutAPlaceIsStoredBesideItsSourceAndNotRecordedForUndo() {
        canvas.moves().moveNode("start", new Position(40, 40));
        String lastStep = f.studio.session().history().undoTextProperty().get();
        f.client
                .nodes()
                .add(
                        f.journeyId,
                        com.ascendkit.journeys.client.nodes.AddNodeRequest.named("later"));
        f.client
                .nodes()
                .add(
                        f.journeyId,
                        com.ascendkit.journeys.client.nodes.AddNodeRequest.named("nudge"));
        f.client
                .transitions()
                .add(
                        f.journeyId,
                        com.ascendkit.journeys.client.transitions.AddTransitionRequest.of(
                                "start", "nudge", Trigger.after("2d")));

        f.studio.session().reload();

        Map<String, com.ascendkit.journeys.model.Node> nodes = f.stored().nodes();
        assertThat(nodes.get("nudge").position())
                .isEqualTo(new Position(40 + CardGeometry.WIDTH + Placement.GAP_X, 40));
        assertThat(nodes.get("later").position()).isNotNull();
        assertThat(
                        Placement.overlaps(
                                nodes.get("later").position(), nodes.get("nudge").position(), 0))
                .isFalse();
        assertThat(canvas.moves().arrivedProperty().get())
                .containsExactlyInAnyOrder("later", "nudge");
        assertThat(f.studio.session().history().undoTextProperty().get()).isEqualTo(lastStep);
    }

    @Test
    void aNodeTheCliAddsBeforeTheTransitionIntoItMovesBesideItsSourceWhenTheTransitionComes() {
        canvas.moves().moveNode("start", new Position(40, 40));
        canvas.steps().addNode("tag_user", new Position(40, 400));
        f.client
                .nodes()
                .add(
                        f.journeyId,
                        com.ascendkit.journeys.client.nodes.AddNodeRequest.named("nudge"));
        f.studio.session().reload();
        assertThat(f.stored().nodes().get("nudge").position())
                .isEqualTo(new Position(40 + CardGeometry.WIDTH + Placement.GAP_X, 400));

        f.client
                .transitions()
                .add(
                        f.journeyId,
                        com.ascendkit.journeys.client.transitions.AddTransitionRequest.of(
                                "start", "nudge", Trigger.after("2d")));
        f.studio.session().reload();

        assertThat(f.stored().nodes().get("nudge").position())
                .isEqualTo(new Position(40 + CardGeometry.WIDTH + Placement.GAP_X, 40));
    }
}

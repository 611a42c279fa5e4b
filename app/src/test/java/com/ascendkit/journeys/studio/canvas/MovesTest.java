package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovesTest {
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

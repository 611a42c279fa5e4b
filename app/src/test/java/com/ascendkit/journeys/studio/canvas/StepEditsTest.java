package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.editing.Selection;
import org.junit.jupiter.api.Test;

class StepEditsTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

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
}

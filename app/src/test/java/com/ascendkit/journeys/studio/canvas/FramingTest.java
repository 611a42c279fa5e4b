package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.editing.Selection;
import org.junit.jupiter.api.Test;

class FramingTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

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
}

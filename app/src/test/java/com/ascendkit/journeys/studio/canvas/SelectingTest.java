package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import org.junit.jupiter.api.Test;

class SelectingTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

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
}

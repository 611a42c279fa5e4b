package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.StudioFixture;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
    private final StudioFixture f = new StudioFixture();
    private final CanvasViewModel canvas = f.studio.canvas();

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
}

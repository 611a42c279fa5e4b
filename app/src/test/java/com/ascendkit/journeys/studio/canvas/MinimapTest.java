package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinimapTest {
    private final Viewport vp = new Viewport();

    private Journey spread() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("a", new Node(Action.none(), false, new Position(0, 0)));
        nodes.put("b", new Node(Action.none(), false, new Position(4000, 2000)));
        return new Journey("j", "J", null, 1, "e", null, "a", null, nodes, null, null, null, null);
    }

    @Test
    void everyCardAndTheViewFitInTheMap() {
        vp.widthProperty().set(800);
        vp.heightProperty().set(600);

        Minimap.Frame f = Minimap.frame(spread(), vp, 220, 150);

        assertThat(f.toMapX(0)).isGreaterThanOrEqualTo(0);
        assertThat(f.toMapY(0)).isGreaterThanOrEqualTo(0);
        assertThat(f.toMapX(4000 + CardGeometry.WIDTH)).isLessThanOrEqualTo(220);
        assertThat(f.toMapY(2000 + CardGeometry.HEIGHT)).isLessThanOrEqualTo(150);
        Minimap.Area view = Minimap.inView(vp);
        assertThat(f.toMapX(view.right())).isLessThanOrEqualTo(220);
    }

    @Test
    void aClickOnTheMapCentresTheViewThere() {
        vp.widthProperty().set(800);
        vp.heightProperty().set(600);
        Minimap.Frame f = Minimap.frame(spread(), vp, 220, 150);
        double mx = f.toMapX(4100);
        double my = f.toMapY(2038);

        Minimap.panTo(vp, f, mx, my);

        assertThat(vp.toWorldX(400)).isCloseTo(4100, within(0.001));
        assertThat(vp.toWorldY(300)).isCloseTo(2038, within(0.001));
    }

    @Test
    void mapAndWorldCoordinatesAreInverse() {
        Minimap.Frame f = new Minimap.Frame(0.05, -100, 40);

        assertThat(f.toWorldX(f.toMapX(1234))).isCloseTo(1234, within(1e-9));
        assertThat(f.toWorldY(f.toMapY(-56))).isCloseTo(-56, within(1e-9));
    }
}

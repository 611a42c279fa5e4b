package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {
    private final Viewport vp = new Viewport();

    @Test
    void zoomingKeepsThePointUnderThePointerStill() {
        vp.panBy(30, 40);
        double wx = vp.toWorldX(200);
        double wy = vp.toWorldY(100);

        vp.zoomAt(1.5, 200, 100);

        assertThat(vp.zoomProperty().get()).isEqualTo(1.5);
        assertThat(vp.toWorldX(200)).isCloseTo(wx, within(1e-9));
        assertThat(vp.toWorldY(100)).isCloseTo(wy, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        for (int i = 0; i < 100; i++) {
            vp.zoomBy(2);
        }
        assertThat(vp.zoomProperty().get()).isEqualTo(Viewport.MAX_ZOOM);
    }

    @Test
    void fitNeverEnlargesPastOneHundredPercent() {
        vp.widthProperty().set(1000);
        vp.heightProperty().set(800);

        vp.fit(0, 0, 100, 100);

        assertThat(vp.zoomProperty().get()).isEqualTo(1.0);
        assertThat(vp.toWorldX(500)).isEqualTo(50);
    }

    @Test
    void aFittedViewStaysFittedWhenItsSizeChangesUntilMoved() {
        Viewport vp = new Viewport();
        vp.fit(0, 0, 1000, 500);

        vp.widthProperty().set(500);
        assertThat(vp.toWorldX(0)).isLessThanOrEqualTo(0);
        assertThat(vp.toWorldX(500)).isGreaterThanOrEqualTo(1000);

        vp.panBy(10, 0);
        double zoom = vp.zoomProperty().get();
        vp.widthProperty().set(2000);
        assertThat(vp.zoomProperty().get()).isEqualTo(zoom);
    }
}

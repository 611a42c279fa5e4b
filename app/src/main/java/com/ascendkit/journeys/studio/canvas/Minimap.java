package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;

/**
 * The geometry of the minimap: a {@link Frame} maps the world onto a small map so that every card
 * and the part of the world in view both fit, with a margin; a click or drag on the map centres the
 * view there. Pure arithmetic, so it is tested without a window.
 */
public final class Minimap {
    static final double PADDING = 6;

    private Minimap() {}

    /** World ↔ map: {@code map = (world - originX) * scale + PADDING}. */
    public record Frame(double scale, double originX, double originY) {
        public double toMapX(double wx) {
            return (wx - originX) * scale + PADDING;
        }

        public double toMapY(double wy) {
            return (wy - originY) * scale + PADDING;
        }

        public double toWorldX(double mx) {
            return (mx - PADDING) / scale + originX;
        }

        public double toWorldY(double my) {
            return (my - PADDING) / scale + originY;
        }
    }

    /** The world rectangle the view shows: left, top, right, bottom. */
    public record Area(double left, double top, double right, double bottom) {
        Area union(Area o) {
            return new Area(
                    Math.min(left, o.left),
                    Math.min(top, o.top),
                    Math.max(right, o.right),
                    Math.max(bottom, o.bottom));
        }
    }

    public static Area inView(Viewport vp) {
        return new Area(
                vp.toWorldX(0),
                vp.toWorldY(0),
                vp.toWorldX(vp.widthProperty().get()),
                vp.toWorldY(vp.heightProperty().get()));
    }

    /** The frame for a map of {@code width}×{@code height} pixels. */
    public static Frame frame(Journey j, Viewport vp, double width, double height) {
        Area all = inView(vp);
        if (j != null) {
            for (String name : j.nodes().keySet()) {
                Position p = CardGeometry.positionOf(j, name);
                all =
                        all.union(
                                new Area(
                                        p.x(),
                                        p.y(),
                                        p.x() + CardGeometry.WIDTH,
                                        p.y() + CardGeometry.HEIGHT));
            }
        }
        double w = Math.max(1, all.right() - all.left());
        double h = Math.max(1, all.bottom() - all.top());
        double scale =
                Math.min(
                        Math.max(1, width - 2 * PADDING) / w,
                        Math.max(1, height - 2 * PADDING) / h);
        return new Frame(scale, all.left(), all.top());
    }

    /** Centres the view on the world point under the map point. */
    public static void panTo(Viewport vp, Frame f, double mx, double my) {
        vp.centerOn(f.toWorldX(mx), f.toWorldY(my));
    }
}

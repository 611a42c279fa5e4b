package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;

/**
 * The whole journey as a picture, for File → Export canvas as PNG. The canvas's own cards are
 * drawn, not a copy: for the time of one call on the FX thread (no frame is shown meanwhile) the
 * view is widened to the whole journey at 100 %, so every card exists, the selection marks are
 * taken off, the card layer is snapshot (the focus frame is not in it), and everything is put back
 * as it was. At most {@value #MAX_SIDE} pixels a side: a larger journey is scaled down to fit.
 */
public final class JourneyImage {
    /** The longest side of an exported picture, in pixels. */
    public static final int MAX_SIDE = 8192;

    /** Empty canvas around the cards, in world pixels. */
    static final double MARGIN = 24;

    /** Room for what the geometry does not know: wide cards, ports, arrow labels. */
    private static final double SLACK = 400;

    /** The picture, the scale it was drawn at and whether that is less than was asked. */
    public record Picture(WritableImage image, double scale, boolean reduced) {}

    private JourneyImage() {}

    static Picture draw(
            Viewport vp, Journey j, Pane surface, Group world, Runnable refresh, double wanted) {
        double zoom = vp.zoomProperty().get();
        double panX = vp.panXProperty().get();
        double panY = vp.panYProperty().get();
        double[] area = area(j);
        vp.widthProperty().unbind();
        vp.heightProperty().unbind();
        List<Node> marked = new ArrayList<>();
        try {
            vp.widthProperty().set(area[2] - area[0] + SLACK);
            vp.heightProperty().set(area[3] - area[1] + SLACK);
            vp.zoomAt(1 / vp.zoomProperty().get(), 0, 0);
            vp.panBy(
                    -area[0] + MARGIN - vp.panXProperty().get(),
                    -area[1] + MARGIN - vp.panYProperty().get());
            refresh.run();
            marked.addAll(world.lookupAll(".selected"));
            marked.forEach(n -> n.getStyleClass().remove("selected"));
            surface.applyCss();
            world.applyCss();
            world.layout();
            Bounds b = world.localToParent(world.getBoundsInLocal());
            double w = b.getWidth() + 2 * MARGIN;
            double h = b.getHeight() + 2 * MARGIN;
            double scale = Math.min(wanted, Math.min(MAX_SIDE / w, MAX_SIDE / h));
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(background(surface));
            params.setTransform(new Scale(scale, scale));
            params.setViewport(
                    new Rectangle2D(
                            (b.getMinX() - MARGIN) * scale,
                            (b.getMinY() - MARGIN) * scale,
                            Math.floor(w * scale),
                            Math.floor(h * scale)));
            WritableImage image = world.snapshot(params, null);
            return new Picture(image, scale, scale < wanted);
        } finally {
            marked.forEach(n -> n.getStyleClass().add("selected"));
            vp.widthProperty().bind(surface.widthProperty());
            vp.heightProperty().bind(surface.heightProperty());
            vp.zoomAt(zoom / vp.zoomProperty().get(), 0, 0);
            vp.panBy(panX - vp.panXProperty().get(), panY - vp.panYProperty().get());
            refresh.run();
        }
    }

    /** The cards' world rectangle by their geometry: left, top, right, bottom. */
    private static double[] area(Journey j) {
        double[] a = {0, 0, CardGeometry.WIDTH, CardGeometry.HEIGHT};
        boolean first = true;
        for (String name : j.nodes().keySet()) {
            Position p = CardGeometry.positionOf(j, name);
            double r = p.x() + CardGeometry.WIDTH;
            double bottom = p.y() + CardGeometry.HEIGHT;
            a[0] = first ? p.x() : Math.min(a[0], p.x());
            a[1] = first ? p.y() : Math.min(a[1], p.y());
            a[2] = first ? r : Math.max(a[2], r);
            a[3] = first ? bottom : Math.max(a[3], bottom);
            first = false;
        }
        return a;
    }

    /** The canvas's own colour behind the cards (light or dark theme). */
    private static Paint background(Pane surface) {
        var bg = surface.getBackground();
        return bg == null || bg.getFills().isEmpty() ? Color.WHITE : bg.getFills().get(0).getFill();
    }
}

package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.studio.warnings.WarningsViewModel.Badges;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The journey drawn far out, when cards would be too small to read: one {@link Canvas} the size of
 * the view, in screen coordinates, with each visible node as a coloured block and each transition
 * as a line. Drawn in one pass (a few thousand primitives cost the software pipeline less than a
 * scene graph of that many nodes: see {@code CanvasBenchmark} in {@code docs/editor.md}).
 */
final class OverviewLayer {
    private static final Color EDGE = Color.web("#8c959f");
    private static final Color HOT = Color.web("#e65014");
    private static final Color BORDER = Color.web("#afb8c1");
    private static final Color SELECTED = Color.web("#0969da");
    private static final Color ALARM = Color.web("#cf222e");
    private static final Color HINT = Color.web("#d4a72c");
    private static final Map<String, Color> FILL =
            Map.of(
                    "send_email", Color.web("#ddf4ff"),
                    "tag_user", Color.web("#dafbe1"),
                    "advance_stage", Color.web("#fff8c5"),
                    "none", Color.web("#f6f8fa"));

    private final Canvas canvas = new Canvas();
    private boolean drawn;

    OverviewLayer(Pane surface) {
        canvas.setMouseTransparent(true);
        canvas.setId("canvas-overview");
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        surface.getChildren().add(0, canvas);
    }

    void clear() {
        if (drawn) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            drawn = false;
        }
    }

    /** Draws what lies in the view. */
    void draw(
            Journey journey,
            Map<String, Position> positions,
            Viewport vp,
            Badges badges,
            Selection selection,
            JourneyAnalytics analytics) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        drawn = true;
        double z = vp.zoomProperty().get();
        double px = vp.panXProperty().get();
        double py = vp.panYProperty().get();
        double cw = CardGeometry.WIDTH * z;
        double ch = CardGeometry.HEIGHT * z;
        gc.setStroke(EDGE);
        gc.setLineWidth(1);
        gc.beginPath();
        for (Transition t : journey.transitions()) {
            Position a = positions.get(t.from());
            Position b = positions.get(t.to());
            if (a == null || b == null) {
                continue;
            }
            double x1 = px + a.x() * z + cw;
            double y1 = py + a.y() * z + ch / 2;
            double x2 = px + b.x() * z;
            double y2 = py + b.y() * z + ch / 2;
            if (Math.max(x1, x2) >= 0
                    && Math.min(x1, x2) <= w
                    && Math.max(y1, y2) >= 0
                    && Math.min(y1, y2) <= h) {
                gc.moveTo(x1, y1);
                gc.lineTo(x2, y2);
            }
        }
        gc.stroke();
        for (Map.Entry<String, Node> e : journey.nodes().entrySet()) {
            Position p = positions.get(e.getKey());
            double x = px + p.x() * z;
            double y = py + p.y() * z;
            if (x + cw < 0 || x > w || y + ch < 0 || y > h) {
                continue;
            }
            Color fill = FILL.getOrDefault(e.getValue().action().typeName(), Color.WHITE);
            if (analytics != null) {
                // the heat tint of the analytics overlay, as on the cards
                fill = fill.interpolate(HOT, 0.15 + 0.6 * Heat.share(analytics, e.getKey()));
            }
            gc.setFill(fill);
            gc.fillRect(x, y, cw, ch);
            gc.setStroke(border(e.getKey(), badges, selection));
            gc.strokeRect(x, y, cw, ch);
        }
    }

    private static Color border(String node, Badges badges, Selection selection) {
        if (selection.nodes().contains(node)) {
            return SELECTED;
        }
        List<Warning> warnings = badges.byNode().get(node);
        if (warnings == null || warnings.isEmpty()) {
            return BORDER;
        }
        return warnings.stream().anyMatch(w -> !w.suppressed()) ? ALARM : HINT;
    }
}

package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.studio.editing.Badges;
import com.ascendkit.journeys.studio.editing.Selection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The journey drawn far out, when cards would be too small to read: one {@link Canvas} the size of
 * the view, in screen coordinates, with each visible node as a coloured block and each transition
 * as a line. Drawn in one pass (a few thousand primitives cost the software pipeline less than a
 * scene graph of that many nodes: see {@code CanvasBenchmark} in {@code docs/editor.md}).
 */
final class OverviewLayer {
    private static final Color HOT = Color.web("#e65014");

    /** The fixed colours of the blocks: the Canvas cannot use the stylesheet's. */
    private record Palette(
            Color edge,
            Color border,
            Color selected,
            Color alarm,
            Color hint,
            Map<ActionType, Color> fills) {}

    /** The block colour of each action type, one per type (an {@link EnumMap}). */
    private static Map<ActionType, Color> fills(
            String sendEmail, String tagUser, String advanceStage, String none) {
        Map<ActionType, Color> fills = new EnumMap<>(ActionType.class);
        for (ActionType type : ActionType.values()) {
            String web =
                    switch (type) {
                        case SEND_EMAIL -> sendEmail;
                        case TAG_USER -> tagUser;
                        case ADVANCE_STAGE -> advanceStage;
                        case NONE -> none;
                    };
            fills.put(type, Color.web(web));
        }
        return fills;
    }

    private static final Palette LIGHT =
            new Palette(
                    Color.web("#8c959f"),
                    Color.web("#afb8c1"),
                    Color.web("#0969da"),
                    Color.web("#cf222e"),
                    Color.web("#d4a72c"),
                    fills("#ddf4ff", "#dafbe1", "#fff8c5", "#f6f8fa"));

    /** Primer Dark's muted tints: pastel blocks glare on a dark canvas. */
    private static final Palette DARK =
            new Palette(
                    Color.web("#6e7681"),
                    Color.web("#484f58"),
                    Color.web("#2f81f7"),
                    Color.web("#f85149"),
                    Color.web("#d29922"),
                    fills("#15304f", "#16351f", "#3a3012", "#262c36"));

    private final Pane surface;
    private final Canvas canvas = new Canvas();
    private boolean drawn;

    OverviewLayer(Pane surface) {
        this.surface = surface;
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
        Palette palette = isDark(surface) ? DARK : LIGHT;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        drawn = true;
        double z = vp.zoomProperty().get();
        double px = vp.panXProperty().get();
        double py = vp.panYProperty().get();
        double cw = CardGeometry.WIDTH * z;
        double ch = CardGeometry.HEIGHT * z;
        gc.setStroke(palette.edge());
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
            Color fill = palette.fills().get(e.getValue().action().type());
            if (analytics != null) {
                // the heat tint of the analytics overlay, as on the cards
                fill = fill.interpolate(HOT, 0.15 + 0.6 * Heat.share(analytics, e.getKey()));
            }
            gc.setFill(fill);
            gc.fillRect(x, y, cw, ch);
            gc.setStroke(border(palette, e.getKey(), badges, selection));
            gc.strokeRect(x, y, cw, ch);
        }
    }

    private static Color border(Palette p, String node, Badges badges, Selection selection) {
        if (selection.nodes().contains(node)) {
            return p.selected();
        }
        List<Warning> warnings = badges.byNode().get(node);
        if (warnings == null || warnings.isEmpty()) {
            return p.border();
        }
        return warnings.stream().anyMatch(w -> !w.suppressed()) ? p.alarm() : p.hint();
    }

    /** Whether the theme gave the canvas a dark background (Primer Dark). */
    static boolean isDark(Region styled) {
        var background = styled.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return false;
        }
        return background.getFills().get(0).getFill() instanceof Color c && c.getBrightness() < 0.5;
    }
}

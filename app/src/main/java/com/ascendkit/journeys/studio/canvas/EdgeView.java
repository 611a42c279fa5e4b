package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.topology.Warning;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * A transition drawn as a curved arrow from the source card's right edge to the target card's left
 * edge, with its label (trigger) at the middle and a handle on its end to re-target it.
 */
final class EdgeView extends Group {
    private final CubicCurve curve = new CubicCurve();
    private final CubicCurve hitArea = new CubicCurve();
    private final Polygon head = new Polygon();
    private final Label label = new Label();
    private final Circle endHandle = new Circle(5);
    private Transition shown;
    private String conversion;
    private final double[] placed = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};

    EdgeView(String name) {
        setId("edge-" + name);
        getStyleClass().add("edge");
        // not cached: an arrow across the journey would make a bitmap of the whole journey
        curve.getStyleClass().add("edge-line");
        hitArea.getStyleClass().add("edge-hit");
        head.getStyleClass().add("edge-head");
        label.getStyleClass().add("edge-label");
        label.setId("edge-label-" + name);
        endHandle.getStyleClass().add("edge-end");
        endHandle.setId("edge-end-" + name);
        curve.setFill(null);
        hitArea.setFill(null);
        getChildren().addAll(hitArea, curve, head, label, endHandle);
    }

    Circle endHandle() {
        return endHandle;
    }

    Transition transition() {
        return shown;
    }

    void show(Transition t) {
        if (!t.equals(shown)) {
            shown = t;
            showLabel();
        }
    }

    /** The analytics overlay's conversion rate ("42 %"), or null to hide it. */
    void showConversion(String rate) {
        if (!java.util.Objects.equals(rate, conversion)) {
            conversion = rate;
            showLabel();
        }
    }

    private void showLabel() {
        label.setText(shown.trigger().describe() + (conversion == null ? "" : " · " + conversion));
        placed[0] = Double.NaN; // the label's width changed: centre it again
    }

    void showWarnings(List<Warning> warnings) {
        boolean any = warnings != null && !warnings.isEmpty();
        boolean alarm = any && warnings.stream().anyMatch(w -> !w.suppressed());
        NodeCard.setStyle(getStyleClass(), "has-alarm", alarm);
        NodeCard.setStyle(getStyleClass(), "has-hint", any && !alarm);
        label.setTooltip(
                any
                        ? new Tooltip(
                                warnings.stream()
                                        .map(Warning::message)
                                        .collect(Collectors.joining("\n")))
                        : null);
    }

    /** Taken by the user a replay shows, so far. */
    void setVisited(boolean visited) {
        NodeCard.setStyle(getStyleClass(), "visited", visited);
    }

    void setSelected(boolean selected) {
        NodeCard.setStyle(getStyleClass(), "selected", selected);
    }

    /** Lays the arrow out between two card corners (world coordinates). */
    void place(double fromX, double fromY, double toX, double toY) {
        if (placed[0] == fromX && placed[1] == fromY && placed[2] == toX && placed[3] == toY) {
            return; // unchanged: leave the shapes (and their cached geometry) alone
        }
        placed[0] = fromX;
        placed[1] = fromY;
        placed[2] = toX;
        placed[3] = toY;
        EdgeGeometry g = EdgeGeometry.between(fromX, fromY, toX, toY);
        double x1 = g.x1();
        double y1 = g.y1();
        double c1x = g.c1x();
        double c1y = g.c1y();
        double c2x = g.c2x();
        double c2y = g.c2y();
        double x2 = g.x2();
        double y2 = g.y2();
        set(curve, x1, y1, c1x, c1y, c2x, c2y, x2, y2);
        set(hitArea, x1, y1, c1x, c1y, c2x, c2y, x2, y2);
        double angle = Math.atan2(y2 - c2y, x2 - c2x);
        double len = 10;
        double spread = Math.toRadians(25);
        head.getPoints()
                .setAll(
                        x2,
                        y2,
                        x2 - len * Math.cos(angle - spread),
                        y2 - len * Math.sin(angle - spread),
                        x2 - len * Math.cos(angle + spread),
                        y2 - len * Math.sin(angle + spread));
        double mx = g.x(0.5);
        double my = g.y(0.5);
        label.setLayoutX(mx - label.prefWidth(-1) / 2);
        label.setLayoutY(my - 11);
        endHandle.setCenterX(x2 - 8 * Math.cos(angle));
        endHandle.setCenterY(y2 - 8 * Math.sin(angle));
    }

    private static void set(
            CubicCurve c,
            double x1,
            double y1,
            double c1x,
            double c1y,
            double c2x,
            double c2y,
            double x2,
            double y2) {
        c.setStartX(x1);
        c.setStartY(y1);
        c.setControlX1(c1x);
        c.setControlY1(c1y);
        c.setControlX2(c2x);
        c.setControlY2(c2y);
        c.setEndX(x2);
        c.setEndY(y2);
    }
}

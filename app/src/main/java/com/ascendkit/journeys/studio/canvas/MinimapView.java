package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The minimap (View → Minimap): a small {@link Canvas} in the canvas's bottom-right corner with
 * every node as a block, every transition as a line and the view as a rectangle; a click or drag on
 * it pans the view there. Redrawn at most once a pulse when the journey or the view changes. The
 * frame is kept for the whole of a drag, so the map does not shift under the pointer.
 */
public final class MinimapView {
    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    private static final Color BACKGROUND = Color.rgb(128, 128, 128, 0.18);
    private static final Color NODE = Color.rgb(110, 119, 129, 0.85);
    private static final Color ENTRY = Color.web("#0969da");
    private static final Color EDGE = Color.rgb(140, 149, 159, 0.7);
    private static final Color VIEW = Color.web("#0969da");

    private final CanvasViewModel vm;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final StackPane root = new StackPane(canvas);
    private Minimap.Frame dragFrame;
    private boolean queued;

    public MinimapView(CanvasViewModel vm) {
        this.vm = vm;
        root.setId("minimap");
        root.getStyleClass().add("minimap");
        root.setMaxSize(WIDTH, HEIGHT);
        StackPane.setAlignment(root, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(root, new Insets(12));
        Viewport vp = vm.viewport();
        javafx.beans.InvalidationListener redraw = o -> redrawSoon();
        vm.journeyProperty().addListener(redraw);
        vp.zoomProperty().addListener(redraw);
        vp.panXProperty().addListener(redraw);
        vp.panYProperty().addListener(redraw);
        vp.widthProperty().addListener(redraw);
        vp.heightProperty().addListener(redraw);
        root.visibleProperty().addListener(redraw);
        canvas.setOnMousePressed(
                e -> {
                    dragFrame = frame();
                    pan(e);
                });
        canvas.setOnMouseDragged(this::pan);
        canvas.setOnMouseReleased(
                e -> {
                    dragFrame = null;
                    e.consume();
                    redrawSoon();
                });
        draw();
    }

    public StackPane root() {
        return root;
    }

    private void pan(MouseEvent e) {
        Minimap.panTo(vm.viewport(), dragFrame, e.getX(), e.getY());
        e.consume();
    }

    private Minimap.Frame frame() {
        return Minimap.frame(vm.journeyProperty().get(), vm.viewport(), WIDTH, HEIGHT);
    }

    private void redrawSoon() {
        if (!queued) {
            queued = true;
            Platform.runLater(
                    () -> {
                        queued = false;
                        draw();
                    });
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        if (!root.isVisible()) {
            return;
        }
        g.setFill(BACKGROUND);
        g.fillRoundRect(0, 0, WIDTH, HEIGHT, 8, 8);
        Journey j = vm.journeyProperty().get();
        Minimap.Frame f = dragFrame != null ? dragFrame : frame();
        if (j != null) {
            g.setStroke(EDGE);
            g.setLineWidth(1);
            for (Transition t : j.transitions()) {
                if (j.nodes().containsKey(t.from()) && j.nodes().containsKey(t.to())) {
                    Position a = CardGeometry.positionOf(j, t.from());
                    Position b = CardGeometry.positionOf(j, t.to());
                    g.strokeLine(
                            f.toMapX(a.x() + CardGeometry.WIDTH),
                            f.toMapY(a.y() + CardGeometry.HEIGHT / 2),
                            f.toMapX(b.x()),
                            f.toMapY(b.y() + CardGeometry.HEIGHT / 2));
                }
            }
            for (String name : j.nodes().keySet()) {
                Position p = CardGeometry.positionOf(j, name);
                g.setFill(name.equals(j.entryNode()) ? ENTRY : NODE);
                g.fillRect(
                        f.toMapX(p.x()),
                        f.toMapY(p.y()),
                        Math.max(2, CardGeometry.WIDTH * f.scale()),
                        Math.max(2, CardGeometry.HEIGHT * f.scale()));
            }
        }
        Minimap.Area view = Minimap.inView(vm.viewport());
        g.setStroke(VIEW);
        g.setLineWidth(1.5);
        g.strokeRect(
                f.toMapX(view.left()),
                f.toMapY(view.top()),
                (view.right() - view.left()) * f.scale(),
                (view.bottom() - view.top()) * f.scale());
    }
}

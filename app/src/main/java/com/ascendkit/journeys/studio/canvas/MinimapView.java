package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The minimap (View → Minimap, or its ✕): a small {@link Canvas} in the canvas's bottom-right
 * corner with every node as a block, every transition as a line and the view as a rectangle; a
 * press on it, and a drag that starts there, pans the view. It never takes a gesture meant for the
 * canvas: it lies below the canvas's popups ({@link CanvasView#addBelowPopups}), it is at most
 * {@value #SHARE} of the canvas's width (hidden when the canvas is too small for that to be
 * useful), and while a press that started elsewhere (a card or a connection being dragged) is held,
 * the mouse goes through it. Redrawn at most once a pulse when the journey or the view changes. The
 * frame is kept for the whole of a drag, so the map does not shift under the pointer.
 */
public final class MinimapView {
    static final double MAX_WIDTH = 220;
    static final double SHARE = 0.18;
    static final double ASPECT = 150.0 / 220;

    /** Below this the map would be too small to click on: it is hidden, not shrunk further. */
    static final double MIN_WIDTH = 110;

    private static final Color BACKGROUND = Color.rgb(128, 128, 128, 0.18);
    private static final Color NODE = Color.rgb(110, 119, 129, 0.85);
    private static final Color ENTRY = Color.web("#0969da");
    private static final Color EDGE = Color.rgb(140, 149, 159, 0.7);
    private static final Color VIEW = Color.web("#0969da");

    private final CanvasViewModel vm;
    private final Canvas canvas = new Canvas(MAX_WIDTH, MAX_WIDTH * ASPECT);
    private final StackPane root = new StackPane(canvas);
    private final EventHandler<MouseEvent> pressedElsewhere = this::pressedElsewhere;
    private final EventHandler<MouseEvent> released = e -> root.setMouseTransparent(false);
    private Minimap.Frame dragFrame;
    private boolean queued;

    /**
     * {@code shown}: the user's choice (View → Minimap, the ✕ sets it false); {@code space}: the
     * width of the canvas it sits on.
     */
    public MinimapView(
            CanvasViewModel vm,
            BooleanProperty shown,
            javafx.beans.value.ObservableDoubleValue space) {
        this.vm = vm;
        root.setId("minimap");
        root.getStyleClass().add("minimap");
        StackPane.setAlignment(root, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(root, new Insets(12));
        DoubleBinding width =
                Bindings.createDoubleBinding(() -> Math.min(MAX_WIDTH, space.get() * SHARE), space);
        canvas.widthProperty().bind(width);
        canvas.heightProperty().bind(width.multiply(ASPECT));
        root.maxWidthProperty().bind(canvas.widthProperty());
        root.maxHeightProperty().bind(canvas.heightProperty());
        root.visibleProperty().bind(shown.and(width.greaterThanOrEqualTo(MIN_WIDTH)));
        Button close = new Button("✕");
        close.setId("minimap-close");
        close.getStyleClass().addAll("flat", "minimap-close");
        close.setMnemonicParsing(false);
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip("Hide the minimap (View → Minimap brings it back)"));
        close.setOnAction(e -> shown.set(false));
        StackPane.setAlignment(close, Pos.TOP_RIGHT);
        close.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        root.getChildren().add(close);
        Viewport vp = vm.viewport();
        javafx.beans.InvalidationListener redraw = o -> redrawSoon();
        vm.journeyProperty().addListener(redraw);
        vp.zoomProperty().addListener(redraw);
        vp.panXProperty().addListener(redraw);
        vp.panYProperty().addListener(redraw);
        vp.widthProperty().addListener(redraw);
        vp.heightProperty().addListener(redraw);
        root.visibleProperty().addListener(redraw);
        canvas.widthProperty().addListener(redraw);
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
        root.sceneProperty().addListener((o, a, b) -> watchPresses(a, b));
        draw();
    }

    public StackPane root() {
        return root;
    }

    /** Presses anywhere in the window are watched, to let drags that start elsewhere through. */
    private void watchPresses(Scene before, Scene after) {
        if (before != null) {
            before.removeEventFilter(MouseEvent.MOUSE_PRESSED, pressedElsewhere);
            before.removeEventFilter(MouseEvent.MOUSE_RELEASED, released);
        }
        if (after != null) {
            after.addEventFilter(MouseEvent.MOUSE_PRESSED, pressedElsewhere);
            after.addEventFilter(MouseEvent.MOUSE_RELEASED, released);
        }
    }

    private void pressedElsewhere(MouseEvent e) {
        Node target = e.getTarget() instanceof Node n ? n : null;
        while (target != null && target != root) {
            target = target.getParent();
        }
        if (target == null) {
            root.setMouseTransparent(true);
        }
    }

    private void pan(MouseEvent e) {
        Minimap.panTo(vm.viewport(), dragFrame, e.getX(), e.getY());
        e.consume();
    }

    private Minimap.Frame frame() {
        return Minimap.frame(
                vm.journeyProperty().get(), vm.viewport(), canvas.getWidth(), canvas.getHeight());
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
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (!root.isVisible()) {
            return;
        }
        g.setFill(BACKGROUND);
        g.fillRoundRect(0, 0, w, h, 8, 8);
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

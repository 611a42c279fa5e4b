package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.editing.Badges;
import com.ascendkit.journeys.studio.palette.DropTarget;
import com.ascendkit.journeys.studio.palette.Icons;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The canvas, assembled: the {@link CardLayer} (cards above arrows) and a drag layer in one world
 * group under a translate + scale (zoom and pan), the popups above, the mouse ({@link
 * CanvasGestures}) and the keys ({@link CanvasKeys}). Only binds and forwards gestures; what they
 * mean is in {@link CanvasViewModel}.
 */
public final class CanvasView implements DropTarget {
    /** Below this zoom the journey is drawn as an overview, not as cards. */
    static final double FAR_ZOOM = CardLayer.FAR_ZOOM;

    private final CanvasViewModel vm;
    private final StackPane root;
    @FXML private Pane surface;
    @FXML private Pane overlay;
    private final Group world = new Group();
    private final Group dragLayer = new Group();
    private final Line rubberBand = new Line();
    private final Rectangle selectionBand = new Rectangle();
    private final Label ghost = new Label();
    private final ConnectChooser chooser;
    private final StepChooser stepChooser;
    private final CanvasKeys keys;
    private final CardLayer layer;

    /** Where the pointer is over the canvas (world), for Ctrl+V; null when outside. */
    private Position pointer;

    /** {@code warnings}: the warnings panel's badges, drawn on the cards and arrows. */
    public CanvasView(CanvasViewModel vm, ObservableValue<Badges> warnings) {
        this.vm = vm;
        root = Fxml.load(this, "Canvas");
        Viewport vp = vm.viewport();
        Translate pan = new Translate();
        pan.xProperty().bind(vp.panXProperty());
        pan.yProperty().bind(vp.panYProperty());
        Scale zoom = new Scale();
        zoom.xProperty().bind(vp.zoomProperty());
        zoom.yProperty().bind(vp.zoomProperty());
        world.getTransforms().setAll(pan, zoom);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        selectionBand.getStyleClass().add("selection-band");
        selectionBand.setId("selection-band");
        selectionBand.setVisible(false);
        dragLayer.getChildren().addAll(rubberBand, selectionBand);
        dragLayer.setMouseTransparent(true);
        CanvasGestures gestures = new CanvasGestures(vm, this);
        keys = new CanvasKeys(vm, this);
        layer = new CardLayer(vm, warnings, surface, gestures, keys::isNudging, this::focus);
        world.getChildren().addAll(layer.edgeLayer(), layer.nodeLayer(), dragLayer);
        surface.getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        vp.widthProperty().bind(surface.widthProperty());
        vp.heightProperty().bind(surface.heightProperty());
        ghost.getStyleClass().addAll("node-card", "ghost");
        ghost.setMouseTransparent(true);
        ghost.setVisible(false);
        overlay.getChildren().add(ghost);
        chooser = new ConnectChooser(vm, overlay, this::focus);
        stepChooser = new StepChooser(overlay, () -> {});
        vm.steps()
                .nameToEditProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b != null) {
                                editName(b);
                            }
                        });
        vm.clipboard().useStore(new SystemClipStore());
        surface.setOnMousePressed(gestures::surfacePressed);
        surface.setOnMouseDragged(gestures::surfaceDragged);
        surface.setOnMouseReleased(gestures::surfaceReleased);
        surface.setOnScroll(this::scrolled);
        surface.addEventHandler(
                MouseEvent.MOUSE_MOVED,
                e -> pointer = new Position(vp.toWorldX(e.getX()), vp.toWorldY(e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer = null);
        surface.setOnZoom(e -> vp.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::keyPressed);
        root.addEventFilter(KeyEvent.KEY_RELEASED, keys::keyReleased);
        // where the keys go: a frame over the canvas while it has the focus (its own node, so the
        // border moves nothing under it)
        Region focusFrame = new Region();
        focusFrame.getStyleClass().add("focus-frame");
        focusFrame.setMouseTransparent(true);
        focusFrame.visibleProperty().bind(root.focusedProperty());
        root.getChildren().add(focusFrame);
        root.focusedProperty()
                .addListener(
                        (o, a, focused) -> {
                            if (focused) {
                                vm.selecting().restartCycle();
                            } else {
                                keys.endNudge();
                            }
                        });
        vp.zoomProperty()
                .addListener(
                        o ->
                                layer.zooming(
                                        root.getScene() == null
                                                ? null
                                                : root.getScene().getWindow()));
        layer.render();
    }

    public StackPane root() {
        return root;
    }

    /** The whole journey as a picture at {@code scale} (see {@link JourneyImage}). */
    public JourneyImage.Picture picture(double scale) {
        return JourneyImage.draw(
                vm.viewport(), vm.journeyProperty().get(), surface, world, layer::refresh, scale);
    }

    /** Puts a layer (the minimap) above the cards but below the popups, such as the connect one. */
    public void addBelowPopups(javafx.scene.Node layer) {
        root.getChildren().add(root.getChildren().indexOf(overlay), layer);
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            vm.viewport().zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        } else {
            vm.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    /** Lights a replayed user's trail (the people panel's) on the cards and arrows. */
    public void showTrail(ObservableValue<com.ascendkit.journeys.studio.editing.Trail> trail) {
        layer.followTrail(trail);
    }

    /**
     * What a click on a card's "N here" count ({@code false}) or failure badge ({@code true}) does
     * with the card's node: the people panel lists those users.
     */
    public void setOnCountClicked(java.util.function.BiConsumer<String, Boolean> clicked) {
        layer.onCountClicked(clicked);
    }

    /** What Enter on a selected card does (the window focuses the inspector's first field). */
    public void setOnOpen(Runnable open) {
        keys.setOnOpen(open);
    }

    // --- helpers for gestures and keys

    /** For tests: the canvas's keys. */
    CanvasKeys keys() {
        return keys;
    }

    /** A popup (connect, next step) has the keys. */
    boolean isChoosing() {
        return chooser.isShowing() || stepChooser.isShowing();
    }

    Position pointer() {
        return pointer;
    }

    /** Far out: the overview is drawn, there are no cards to grab. */
    boolean isFar() {
        return layer.isFar();
    }

    NodeCard card(String name) {
        return layer.card(name);
    }

    /** Re-lays the arrows of a card being dragged. */
    void cardMoved(String node) {
        layer.cardMoved(node);
    }

    void moveCard(String node, double x, double y) {
        layer.moveCard(node, x, y);
    }

    /** A scene point in world coordinates. */
    Point2D toWorld(double sceneX, double sceneY) {
        Point2D local = surface.sceneToLocal(sceneX, sceneY);
        return new Point2D(
                vm.viewport().toWorldX(local.getX()), vm.viewport().toWorldY(local.getY()));
    }

    boolean overSurface(double sceneX, double sceneY) {
        Point2D local = surface.sceneToLocal(sceneX, sceneY);
        return local.getX() >= 0
                && local.getY() >= 0
                && local.getX() <= surface.getWidth()
                && local.getY() <= surface.getHeight();
    }

    void showRubberBand(double x1, double y1, double x2, double y2) {
        rubberBand.setStartX(x1);
        rubberBand.setStartY(y1);
        rubberBand.setEndX(x2);
        rubberBand.setEndY(y2);
        rubberBand.setVisible(true);
    }

    /** The selection rectangle (Shift+drag on empty canvas), in world coordinates. */
    void showSelectionBand(double x1, double y1, double x2, double y2) {
        selectionBand.setX(Math.min(x1, x2));
        selectionBand.setY(Math.min(y1, y2));
        selectionBand.setWidth(Math.abs(x2 - x1));
        selectionBand.setHeight(Math.abs(y2 - y1));
        selectionBand.setVisible(true);
    }

    void hideSelectionBand() {
        selectionBand.setVisible(false);
    }

    void hideRubberBand() {
        rubberBand.setVisible(false);
    }

    void focus() {
        root.requestFocus();
    }

    /** Opens a card's name for typing (a double-click on it, or a card just added). */
    void editName(String node) {
        layer.editName(node);
    }

    /** Asks on what trigger {@code from} goes to {@code to}, over {@code to}'s card (the keys). */
    void askTriggerAtCard(String from, String to) {
        Position p = layer.position(to);
        Point2D at =
                surface.localToScene(
                        vm.viewport().toScreenX(p.x() + CardGeometry.WIDTH / 2),
                        vm.viewport().toScreenY(p.y() + CardGeometry.HEIGHT / 2));
        askTrigger(from, to, at.getX(), at.getY());
    }

    /**
     * A connection dropped on empty canvas: which step comes next, then on what trigger; the step
     * is added where the connection was dropped, already connected (one step of the history).
     */
    void offerNextStep(String from, double sceneX, double sceneY) {
        Point2D w = toWorld(sceneX, sceneY);
        Position at =
                new Position(Math.round(w.getX()), Math.round(w.getY() - CardGeometry.HEIGHT / 2));
        Point2D p = overlay.sceneToLocal(sceneX, sceneY);
        stepChooser.show(
                p.getX(),
                p.getY(),
                type ->
                        chooser.show(
                                "New step after " + from,
                                vm.steps().nextName(type),
                                p.getX(),
                                p.getY(),
                                (name, trigger) ->
                                        vm.connections()
                                                .addConnected(from, type, name, at, trigger)));
    }

    void askTrigger(String from, String to, double sceneX, double sceneY) {
        Point2D p = overlay.sceneToLocal(sceneX, sceneY);
        chooser.show(from, to, p.getX(), p.getY());
    }

    @Override
    public void dragOver(String actionType, double sceneX, double sceneY) {
        boolean over = overSurface(sceneX, sceneY);
        ghost.setVisible(over);
        if (over) {
            Point2D p = overlay.sceneToLocal(sceneX, sceneY);
            ghost.setText(Icons.label(actionType));
            ghost.setGraphic(Icons.forAction(actionType));
            ghost.relocate(p.getX() - 20, p.getY() - 20);
        }
    }

    @Override
    public boolean drop(String actionType, double sceneX, double sceneY) {
        ghost.setVisible(false);
        if (!overSurface(sceneX, sceneY) || vm.journeyProperty().get() == null) {
            return false;
        }
        Point2D w = toWorld(sceneX, sceneY);
        focus(); // first: the new card's name field takes the focus from the canvas
        vm.steps()
                .addNode(
                        actionType,
                        new Position(Math.round(w.getX() - 20), Math.round(w.getY() - 20)));
        return true;
    }

    @Override
    public void add(String actionType) {
        if (vm.journeyProperty().get() == null) {
            return;
        }
        Viewport vp = vm.viewport();
        double x = vp.toWorldX(vp.widthProperty().get() / 2) - CardGeometry.WIDTH / 2;
        double y = vp.toWorldY(vp.heightProperty().get() / 2) - CardGeometry.HEIGHT / 2;
        focus(); // first: the new card's name field takes the focus from the canvas
        vm.steps().addNext(actionType, new Position(Math.round(x), Math.round(y)));
    }

    /** For the benchmark: how many cards and arrows are in the scene graph. */
    public int cardCount() {
        return layer.cardCount();
    }

    public int edgeCount() {
        return layer.edgeCount();
    }

    /** What the canvas shows now, as an image (for the PNG export). */
    public javafx.scene.image.WritableImage snapshot() {
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        // the canvas's own rectangle: a card's port or a dragged ghost may stick out of it
        javafx.geometry.Bounds b = root.getBoundsInParent();
        params.setViewport(
                new javafx.geometry.Rectangle2D(
                        b.getMinX(), b.getMinY(), root.getWidth(), root.getHeight()));
        return root.snapshot(params, null);
    }
}

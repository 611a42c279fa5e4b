package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.editing.Badges;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.palette.DropTarget;
import com.ascendkit.journeys.studio.palette.Icons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
import javafx.util.Duration;

/**
 * The canvas: cards in a node layer above arrows in an edge layer, both in one world group under a
 * translate + scale (zoom and pan). Only binds and forwards gestures; what they mean is in {@link
 * CanvasViewModel}. The scene graph is updated incrementally: cards and arrows are keyed by name
 * and reused.
 */
public final class CanvasView implements DropTarget {
    private final CanvasViewModel vm;

    /** The warnings panel's badges, drawn on the cards and arrows. */
    private final ObservableValue<Badges> warnings;

    private final StackPane root;
    @FXML private Pane surface;
    @FXML private Pane overlay;
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group dragLayer = new Group();
    private final Map<String, NodeCard> cards = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    private final Map<String, List<EdgeView>> edgesByNode = new HashMap<>();

    /** Every node's top-left corner (stored, or its grid slot), in the journey's order. */
    private final Map<String, Position> positions = new LinkedHashMap<>();

    private final Line rubberBand = new Line();
    private final Rectangle selectionBand = new Rectangle();
    private final Label ghost = new Label();
    private final CanvasGestures gestures;
    private final ConnectChooser chooser;
    private final StepChooser stepChooser;

    /** A card to open for renaming once it is built (it may be off-screen a moment). */
    private String pendingEdit;

    private final OverviewLayer overview;
    private boolean refreshQueued;

    /** Nodes that just appeared through a change made elsewhere: pulsed when their card is made. */
    private final Set<String> arriving = new HashSet<>();

    private final PauseTransition arrivalShown = new PauseTransition(NodeCard.PULSE);

    /** Where the pointer is over the canvas (world), for Ctrl+V; null when outside. */
    private Position pointer;

    /** How cards are cached now: at rest a sharp bitmap; while zooming see {@link #zooming}. */
    private boolean cached = true;

    private CacheHint cacheHint = CacheHint.DEFAULT;
    private final PauseTransition zoomSettle = new PauseTransition(Duration.millis(250));

    /** Arrow keys move selected cards this far (Shift: further), in world pixels. */
    static final double NUDGE = 10;

    static final double NUDGE_FAR = 50;

    /** Where each card being moved by the arrow keys started, and how far it has gone. */
    private final Map<String, Position> nudgeStarts = new LinkedHashMap<>();

    private double nudgeX;
    private double nudgeY;
    private Runnable onOpen;
    private boolean passTab;

    /** Below this zoom the journey is drawn as an overview, not as cards. */
    static final double FAR_ZOOM = 0.45;

    /** Cards this far (screen pixels) outside the view are made already. */
    private static final double MARGIN = 200;

    public CanvasView(CanvasViewModel vm, ObservableValue<Badges> warnings) {
        this.vm = vm;
        this.warnings = warnings;
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
        world.getChildren().addAll(edgeLayer, nodeLayer, dragLayer);
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
        vm.nameToEditProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b != null) {
                                editName(b);
                            }
                        });
        vm.clipboard().useStore(new SystemClipStore());
        gestures = new CanvasGestures(vm, this);
        surface.setOnMousePressed(gestures::surfacePressed);
        surface.setOnMouseDragged(gestures::surfaceDragged);
        surface.setOnMouseReleased(gestures::surfaceReleased);
        surface.setOnScroll(this::scrolled);
        surface.addEventHandler(
                MouseEvent.MOUSE_MOVED,
                e -> pointer = new Position(vp.toWorldX(e.getX()), vp.toWorldY(e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer = null);
        surface.setOnZoom(e -> vp.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        root.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
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
                                vm.restartCycle();
                            } else {
                                endNudge();
                            }
                        });
        vm.journeyProperty().addListener((o, a, b) -> render());
        javafx.beans.InvalidationListener recull = o -> refreshSoon();
        vp.zoomProperty().addListener(o -> zooming());
        vp.zoomProperty().addListener(recull);
        vp.panXProperty().addListener(recull);
        vp.panYProperty().addListener(recull);
        vp.widthProperty().addListener(recull);
        vp.heightProperty().addListener(recull);
        warnings.addListener((o, a, b) -> showBadges(b));
        vm.selection().selectionProperty().addListener((o, a, b) -> showSelection(b));
        vm.arrivedProperty()
                .addListener(
                        (o, a, b) -> {
                            if (b != null) {
                                arriving.addAll(b);
                                b.stream()
                                        .map(cards::get)
                                        .filter(c -> c != null)
                                        .forEach(NodeCard::pulse);
                                arrivalShown.playFromStart();
                            }
                        });
        arrivalShown.setOnFinished(e -> arriving.clear());
        vm.analytics().analyticsProperty().addListener(o -> refreshSoon());
        vm.failures().failuresProperty().addListener(o -> refreshSoon());
        overview = new OverviewLayer(surface);
        surface.backgroundProperty().addListener(o -> refreshSoon()); // a theme switch
        zoomSettle.setOnFinished(e -> setCaching(true, CacheHint.DEFAULT));
        render();
    }

    public StackPane root() {
        return root;
    }

    /** The whole journey as a picture at {@code scale} (see {@link JourneyImage}). */
    public JourneyImage.Picture picture(double scale) {
        return JourneyImage.draw(
                vm.viewport(), vm.journeyProperty().get(), surface, world, this::refresh, scale);
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

    private void keyPressed(KeyEvent e) {
        if (chooser.isShowing()
                || stepChooser.isShowing()
                || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        Viewport vp = vm.viewport();
        KeyCode k = e.getCode();
        if (k == KeyCode.A && e.isShortcutDown() && !e.isShiftDown()) {
            vm.selectAll();
            e.consume();
            return;
        }
        if (k == KeyCode.C && e.isShortcutDown() && !e.isShiftDown()) {
            vm.clipboard().copy();
            e.consume();
            return;
        }
        if (k == KeyCode.V && e.isShortcutDown() && !e.isShiftDown()) {
            vm.clipboard().paste(pointer);
            e.consume();
            return;
        }
        boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown();
        if (k == KeyCode.TAB) {
            // Tab steps through the cards, then the arrows; past the last one the event goes on
            // and the focus leaves the canvas, so it is never a trap; Ctrl+Tab leaves at once
            if (passTab) {
                return;
            }
            if (plain && vm.cycle(e.isShiftDown())) {
                e.consume();
            } else if (e.isControlDown() && !e.isAltDown()) {
                e.consume();
                leave(e.isShiftDown());
            }
            return;
        }
        if (k.isArrowKey() && plain && !vm.selection().get().nodes().isEmpty()) {
            nudge(k, e.isShiftDown() ? NUDGE_FAR : NUDGE);
            e.consume();
            return;
        }
        if (k == KeyCode.C && plain && !e.isShiftDown()) {
            vm.startConnect();
            e.consume();
            return;
        }
        switch (k) {
            case ENTER -> enter();
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case PLUS, EQUALS, ADD -> vp.zoomBy(1.2);
            case MINUS, SUBTRACT -> vp.zoomBy(1 / 1.2);
            case DIGIT0, NUMPAD0 -> vm.fitToView();
            case LEFT -> vp.panBy(40, 0);
            case RIGHT -> vp.panBy(-40, 0);
            case UP -> vp.panBy(0, 40);
            case DOWN -> vp.panBy(0, -40);
            case ESCAPE -> {
                if (vm.endConnect() == null) {
                    vm.selection().clear();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Moves the focus to the next (previous) control as a plain Tab would: JavaFX 21 has no public
     * call for it, so a plain Tab is sent through the canvas, which lets it pass to the scene.
     */
    private void leave(boolean backwards) {
        passTab = true;
        try {
            root.fireEvent(
                    new KeyEvent(
                            KeyEvent.KEY_PRESSED,
                            "",
                            "",
                            KeyCode.TAB,
                            backwards,
                            false,
                            false,
                            false));
        } finally {
            passTab = false;
        }
    }

    /** Enter: ends a keyboard connection on the selected card, else opens it in the inspector. */
    private void enter() {
        String target = vm.selection().get().singleNode();
        String from = vm.connectSourceProperty().get();
        if (from != null && target != null) {
            vm.endConnect();
            Position p = positions.get(target);
            Point2D at =
                    surface.localToScene(
                            vm.viewport().toScreenX(p.x() + CardGeometry.WIDTH / 2),
                            vm.viewport().toScreenY(p.y() + CardGeometry.HEIGHT / 2));
            askTrigger(from, target, at.getX(), at.getY());
        } else if (!vm.selection().get().isEmpty() && onOpen != null) {
            onOpen.run();
        }
    }

    /**
     * Arrow keys move the selected cards on screen at once; the move is sent as one step when the
     * key is let go (a held key repeats presses, not releases), like a drag on its drop.
     */
    private void nudge(KeyCode k, double step) {
        if (nudgeStarts.isEmpty()) {
            vm.selection().get().nodes().stream()
                    .sorted()
                    .forEach(n -> nudgeStarts.put(n, vm.positionOf(n)));
        }
        switch (k) {
            case LEFT -> nudgeX -= step;
            case RIGHT -> nudgeX += step;
            case UP -> nudgeY -= step;
            default -> nudgeY += step;
        }
        nudgeStarts.forEach(
                (n, p) -> {
                    NodeCard card = cards.get(n);
                    if (card != null) {
                        card.relocate(p.x() + nudgeX, p.y() + nudgeY);
                        cardMoved(n);
                    }
                });
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode().isArrowKey()) {
            endNudge();
        }
    }

    private void endNudge() {
        if (nudgeStarts.isEmpty()) {
            return;
        }
        Map<String, Position> to = new LinkedHashMap<>();
        nudgeStarts.forEach((n, p) -> to.put(n, new Position(p.x() + nudgeX, p.y() + nudgeY)));
        Map<String, Position> from = new LinkedHashMap<>(nudgeStarts);
        nudgeStarts.clear();
        nudgeX = 0;
        nudgeY = 0;
        vm.moveNodes(from, to);
    }

    /** What Enter on a selected card does (the window focuses the inspector's first field). */
    public void setOnOpen(Runnable open) {
        onOpen = open;
    }

    /** Takes in the shown journey: every node's place, then what is in view. */
    private void render() {
        Journey j = vm.journeyProperty().get();
        positions.clear();
        if (j == null) {
            nodeLayer.getChildren().clear();
            edgeLayer.getChildren().clear();
            cards.clear();
            edges.clear();
            edgesByNode.clear();
            overview.clear();
            return;
        }
        positions.putAll(CardGeometry.positions(j));
        refresh();
    }

    /**
     * While the zoom changes, cards scale their cached bitmaps (fast, a little blurred); a moment
     * after it stops they are drawn sharp again. Panning moves the bitmaps as they are. Where
     * JavaFX draws scaled bitmaps at the wrong size ({@link ZoomCaching}), cards are drawn without
     * a bitmap while zooming: cheaper than caching them anew at every step.
     */
    private void zooming() {
        if (!zoomSettle.getStatus().equals(javafx.animation.Animation.Status.RUNNING)) {
            boolean scale =
                    ZoomCaching.scaledBitmapsDrawRight(
                            root.getScene() == null ? null : root.getScene().getWindow());
            setCaching(scale, scale ? CacheHint.SCALE : CacheHint.DEFAULT);
        }
        zoomSettle.playFromStart();
    }

    private void setCaching(boolean on, CacheHint hint) {
        cached = on;
        cacheHint = hint;
        cards.values()
                .forEach(
                        c -> {
                            c.setCache(on);
                            c.setCacheHint(hint);
                        });
    }

    /** After the view moved: brings the scene graph up to date once, before the next frame. */
    private void refreshSoon() {
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(
                    () -> {
                        refreshQueued = false;
                        refresh();
                    });
        }
    }

    /**
     * Virtualizes the canvas: cards (and their arrows) exist in the scene graph only for nodes in
     * view, so the cost of a frame does not grow with the journey. Far out, where cards would be
     * too small to read, no card exists and {@link OverviewLayer} draws the journey instead.
     * Measured by {@code CanvasBenchmark}.
     */
    private void refresh() {
        Journey j = vm.journeyProperty().get();
        if (j == null) {
            return;
        }
        Viewport vp = vm.viewport();
        boolean far = vp.zoomProperty().get() < FAR_ZOOM;
        Set<String> wanted = new HashSet<>();
        if (far) {
            overview.draw(
                    j,
                    positions,
                    vp,
                    warnings.getValue(),
                    vm.selection().get(),
                    vm.analytics().analyticsProperty().get());
        } else {
            overview.clear();
            double minX = vp.toWorldX(-MARGIN) - CardGeometry.WIDTH;
            double minY = vp.toWorldY(-MARGIN) - CardGeometry.HEIGHT;
            double maxX = vp.toWorldX(vp.widthProperty().get() + MARGIN);
            double maxY = vp.toWorldY(vp.heightProperty().get() + MARGIN);
            positions.forEach(
                    (name, p) -> {
                        if (p.x() >= minX && p.x() <= maxX && p.y() >= minY && p.y() <= maxY) {
                            wanted.add(name);
                        }
                    });
        }
        cards.values().stream().filter(gestures::isDragging).forEach(c -> wanted.add(c.name()));
        cards.keySet()
                .removeIf(
                        name -> {
                            if (!wanted.contains(name) || !j.nodes().containsKey(name)) {
                                nodeLayer.getChildren().remove(cards.get(name));
                                return true;
                            }
                            return false;
                        });
        Badges badges = warnings.getValue();
        Selection selection = vm.selection().get();
        JourneyAnalytics analytics = vm.analytics().analyticsProperty().get();
        JourneyFailures failures = vm.failures().failuresProperty().get();
        List<NodeCard> added = new ArrayList<>();
        for (Map.Entry<String, Node> e : j.nodes().entrySet()) {
            String name = e.getKey();
            if (!wanted.contains(name)) {
                continue;
            }
            NodeCard card = cards.get(name);
            if (card == null) {
                card = new NodeCard(name);
                card.setCache(cached);
                card.setCacheHint(cacheHint);
                gestures.attach(card);
                cards.put(name, card);
                card.showWarnings(badges.byNode().get(name));
                card.setSelected(selection.nodes().contains(name));
                if (arriving.contains(name)) {
                    card.pulse();
                }
                added.add(card);
            }
            card.show(e.getValue(), name.equals(j.entryNode()));
            card.showAnalytics(
                    analytics == null ? null : analytics.nodes().get(name),
                    Heat.share(analytics, name));
            card.showFailures(failures.nodes().get(name));
            if (!gestures.isDragging(card) && !nudgeStarts.containsKey(name)) {
                Position p = positions.get(name);
                if (card.getLayoutX() != p.x() || card.getLayoutY() != p.y()) {
                    card.relocate(p.x(), p.y());
                }
            }
        }
        nodeLayer.getChildren().addAll(added);
        renderEdges(j, badges, selection);
        if (pendingEdit != null && !selection.nodes().contains(pendingEdit)) {
            pendingEdit = null; // the user went on to something else meanwhile
        }
        if (pendingEdit != null && cards.containsKey(pendingEdit)) {
            editName(pendingEdit);
        }
    }

    private void renderEdges(Journey j, Badges badges, Selection selection) {
        Set<String> names = new HashSet<>();
        List<EdgeView> added = new ArrayList<>();
        edgesByNode.clear();
        for (Transition t : j.transitions()) {
            if (!cards.containsKey(t.from()) && !cards.containsKey(t.to())) {
                continue;
            }
            if (!positions.containsKey(t.from()) || !positions.containsKey(t.to())) {
                continue;
            }
            names.add(t.name());
            EdgeView edge = edges.get(t.name());
            if (edge == null) {
                edge = new EdgeView(t.name());
                gestures.attach(edge, t.name());
                edges.put(t.name(), edge);
                edge.showWarnings(badges.byTransition().get(t.name()));
                edge.setSelected(selection.transitions().contains(t.name()));
                added.add(edge);
            }
            edge.show(t);
            edge.showConversion(
                    Heat.conversion(vm.analytics().analyticsProperty().get(), t.name()));
            edgesByNode.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(edge);
            if (!t.to().equals(t.from())) {
                edgesByNode.computeIfAbsent(t.to(), k -> new ArrayList<>()).add(edge);
            }
            place(edge);
        }
        edges.keySet()
                .removeIf(
                        name -> {
                            if (!names.contains(name)) {
                                edgeLayer.getChildren().remove(edges.get(name));
                                return true;
                            }
                            return false;
                        });
        edgeLayer.getChildren().addAll(added);
    }

    /** Where a node's card is: the card's place while it exists (it may be being dragged). */
    private double[] corner(String node) {
        NodeCard card = cards.get(node);
        if (card != null) {
            return new double[] {card.getLayoutX(), card.getLayoutY()};
        }
        Position p = positions.get(node);
        return new double[] {p.x(), p.y()};
    }

    private void place(EdgeView edge) {
        Transition t = edge.transition();
        double[] from = corner(t.from());
        double[] to = corner(t.to());
        edge.place(from[0], from[1], to[0], to[1]);
    }

    /** Re-lays the arrows of a card being dragged. */
    void cardMoved(String node) {
        for (EdgeView edge : edgesByNode.getOrDefault(node, List.of())) {
            place(edge);
        }
    }

    private void showBadges(Badges badges) {
        if (isFar()) {
            refreshSoon();
        }
        cards.forEach((name, card) -> card.showWarnings(badges.byNode().get(name)));
        edges.forEach((name, edge) -> edge.showWarnings(badges.byTransition().get(name)));
    }

    private void showSelection(Selection s) {
        if (isFar()) {
            refreshSoon();
        }
        cards.forEach((name, card) -> card.setSelected(s.nodes().contains(name)));
        edges.forEach((name, edge) -> edge.setSelected(s.transitions().contains(name)));
    }

    // --- helpers for gestures

    /** Far out: the overview is drawn, there are no cards to grab. */
    boolean isFar() {
        return vm.viewport().zoomProperty().get() < FAR_ZOOM;
    }

    NodeCard card(String name) {
        return cards.get(name);
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

    void focus() {
        root.requestFocus();
    }

    /** Opens a card's name for typing (a double-click on it, or a card just added). */
    void editName(String node) {
        NodeCard card = cards.get(node);
        if (card == null || card.getScene() == null) {
            pendingEdit = node;
            return;
        }
        pendingEdit = null;
        card.editName(text -> vm.rename(node, text), this::focus);
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
                                vm.nextName(type),
                                p.getX(),
                                p.getY(),
                                (name, trigger) -> vm.addConnected(from, type, name, at, trigger)));
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
        vm.addNode(actionType, new Position(Math.round(w.getX() - 20), Math.round(w.getY() - 20)));
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
        vm.addNext(actionType, new Position(Math.round(x), Math.round(y)));
    }

    /** For the benchmark: how many cards and arrows are in the scene graph. */
    public int cardCount() {
        return cards.size();
    }

    public int edgeCount() {
        return edges.size();
    }
}

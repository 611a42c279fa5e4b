package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.studio.Fxml;
import com.ascendkit.journeys.studio.palette.DropTarget;
import com.ascendkit.journeys.studio.palette.Icons;
import com.ascendkit.journeys.studio.warnings.WarningsViewModel;
import com.ascendkit.journeys.studio.warnings.WarningsViewModel.Badges;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The canvas: cards in a node layer above arrows in an edge layer, both in one world group under a
 * translate + scale (zoom and pan). Only binds and forwards gestures; what they mean is in {@link
 * CanvasViewModel}. The scene graph is updated incrementally: cards and arrows are keyed by name
 * and reused.
 */
public final class CanvasView implements DropTarget {
    private final CanvasViewModel vm;
    private final WarningsViewModel warnings;
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
    private final Line rubberBand = new Line();
    private final Label ghost = new Label();
    private final CanvasGestures gestures;
    private final ConnectChooser chooser;

    public CanvasView(CanvasViewModel vm, WarningsViewModel warnings) {
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
        dragLayer.getChildren().add(rubberBand);
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
        chooser = new ConnectChooser(vm, overlay);
        gestures = new CanvasGestures(vm, this);
        surface.setOnMousePressed(gestures::surfacePressed);
        surface.setOnMouseDragged(gestures::surfaceDragged);
        surface.setOnMouseReleased(gestures::surfaceReleased);
        surface.setOnScroll(this::scrolled);
        surface.setOnZoom(e -> vp.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        vm.journeyProperty().addListener((o, a, b) -> render());
        javafx.beans.InvalidationListener recull = o -> cull();
        vp.zoomProperty().addListener(recull);
        vp.panXProperty().addListener(recull);
        vp.panYProperty().addListener(recull);
        vp.widthProperty().addListener(recull);
        vp.heightProperty().addListener(recull);
        warnings.badgesProperty().addListener((o, a, b) -> showBadges(b));
        vm.selection().selectionProperty().addListener((o, a, b) -> showSelection(b));
        render();
    }

    public StackPane root() {
        return root;
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
        if (chooser.isShowing() || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        Viewport vp = vm.viewport();
        KeyCode k = e.getCode();
        switch (k) {
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case PLUS, EQUALS, ADD -> vp.zoomBy(1.2);
            case MINUS, SUBTRACT -> vp.zoomBy(1 / 1.2);
            case DIGIT0, NUMPAD0 -> vm.fitToView();
            case LEFT -> vp.panBy(40, 0);
            case RIGHT -> vp.panBy(-40, 0);
            case UP -> vp.panBy(0, 40);
            case DOWN -> vp.panBy(0, -40);
            case ESCAPE -> vm.selection().clear();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Brings the scene graph in line with the shown journey. */
    private void render() {
        Journey j = vm.journeyProperty().get();
        if (j == null) {
            nodeLayer.getChildren().clear();
            edgeLayer.getChildren().clear();
            cards.clear();
            edges.clear();
            edgesByNode.clear();
            return;
        }
        Set<String> gone = new HashSet<>(cards.keySet());
        gone.removeAll(j.nodes().keySet());
        for (String name : gone) {
            nodeLayer.getChildren().remove(cards.remove(name));
        }
        List<NodeCard> added = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Node> e : j.nodes().entrySet()) {
            NodeCard card = cards.get(e.getKey());
            if (card == null) {
                card = new NodeCard(e.getKey());
                gestures.attach(card);
                cards.put(e.getKey(), card);
                added.add(card);
            }
            card.show(e.getValue(), e.getKey().equals(j.entryNode()));
            Position p =
                    e.getValue().position() != null
                            ? e.getValue().position()
                            : CardGeometry.gridSlot(index);
            if (!gestures.isDragging(card)) {
                card.relocate(p.x(), p.y());
            }
            index++;
        }
        nodeLayer.getChildren().addAll(added);
        renderEdges(j);
        showBadges(warnings.badgesProperty().get());
        showSelection(vm.selection().get());
        cull();
    }

    /**
     * Hides cards outside the view (and arrows with no end in it), and drops card shadows and arrow
     * labels when zoomed far out: measured by {@code CanvasBenchmark}, the software pipeline spends
     * most of a frame on them.
     */
    private void cull() {
        Viewport vp = vm.viewport();
        double minX = vp.toWorldX(0) - CardGeometry.WIDTH;
        double minY = vp.toWorldY(0) - CardGeometry.HEIGHT;
        double maxX = vp.toWorldX(vp.widthProperty().get());
        double maxY = vp.toWorldY(vp.heightProperty().get());
        for (NodeCard card : cards.values()) {
            double x = card.getLayoutX();
            double y = card.getLayoutY();
            boolean in =
                    gestures.isDragging(card) || (x >= minX && x <= maxX && y >= minY && y <= maxY);
            if (card.isVisible() != in) {
                card.setVisible(in);
            }
        }
        for (EdgeView edge : edges.values()) {
            NodeCard from = cards.get(edge.transition().from());
            NodeCard to = cards.get(edge.transition().to());
            boolean in = from != null && to != null && (from.isVisible() || to.isVisible());
            if (edge.isVisible() != in) {
                edge.setVisible(in);
            }
        }
        NodeCard.setStyle(world.getStyleClass(), "far", vp.zoomProperty().get() < 0.45);
    }

    private void renderEdges(Journey j) {
        Set<String> names = new HashSet<>();
        List<EdgeView> added = new ArrayList<>();
        edgesByNode.clear();
        for (Transition t : j.transitions()) {
            names.add(t.name());
            EdgeView edge = edges.get(t.name());
            if (edge == null) {
                edge = new EdgeView(t.name());
                gestures.attach(edge, t.name());
                edges.put(t.name(), edge);
                added.add(edge);
            }
            edge.show(t);
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

    private void place(EdgeView edge) {
        Transition t = edge.transition();
        NodeCard from = cards.get(t.from());
        NodeCard to = cards.get(t.to());
        if (from != null && to != null) {
            edge.place(from.getLayoutX(), from.getLayoutY(), to.getLayoutX(), to.getLayoutY());
        }
    }

    /** Re-lays the arrows of a card being dragged. */
    void cardMoved(String node) {
        for (EdgeView edge : edgesByNode.getOrDefault(node, List.of())) {
            place(edge);
        }
    }

    private void showBadges(Badges badges) {
        cards.forEach((name, card) -> card.showWarnings(badges.byNode().get(name)));
        edges.forEach((name, edge) -> edge.showWarnings(badges.byTransition().get(name)));
    }

    private void showSelection(Selection s) {
        cards.forEach((name, card) -> card.setSelected(s.nodes().contains(name)));
        edges.forEach((name, edge) -> edge.setSelected(s.transitions().contains(name)));
    }

    // --- helpers for gestures

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

    void hideRubberBand() {
        rubberBand.setVisible(false);
    }

    void focus() {
        root.requestFocus();
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
        vm.addNode(actionType, new Position(Math.round(w.getX() - 20), Math.round(w.getY() - 20)));
        focus();
        return true;
    }

    /** For the benchmark: how many cards and arrows are in the scene graph. */
    public int cardCount() {
        return cards.size();
    }

    public int edgeCount() {
        return edges.size();
    }
}

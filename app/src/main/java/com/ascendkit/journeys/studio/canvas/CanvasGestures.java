package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.editing.Selection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse gestures of the canvas: pan on empty space, Shift+drag there for a selection rectangle,
 * select (Shift+click adds or takes away) and drag cards (the whole selection moves with the
 * grabbed card; one step on release), drag from a card's port to connect (dropped on empty canvas:
 * a new step there, connected), drag an arrow's end to re-target, double-click a card's name to
 * rename it in place. Only turns pointer movement into calls on the view model.
 */
final class CanvasGestures {
    private final CanvasViewModel vm;
    private final CanvasView view;
    private double lastX;
    private double lastY;
    private boolean panning;
    private NodeCard dragging;
    private double grabX;
    private double grabY;
    private boolean moved;
    private boolean banding;
    private Point2D bandStart;

    /** Where each node being dragged started: the grabbed card and the rest of the selection. */
    private final Map<String, Position> dragStarts = new LinkedHashMap<>();

    CanvasGestures(CanvasViewModel vm, CanvasView view) {
        this.vm = vm;
        this.view = view;
    }

    boolean isDragging(NodeCard card) {
        return dragging == card;
    }

    void surfacePressed(MouseEvent e) {
        view.focus();
        if (e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
            // Shift+drag on empty canvas: a selection rectangle (a plain drag pans)
            banding = true;
            bandStart = view.toWorld(e.getSceneX(), e.getSceneY());
            return;
        }
        panning = true;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        if (e.getButton() == MouseButton.PRIMARY) {
            Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
            String node = view.isFar() ? vm.nodeAt(w.getX(), w.getY()) : null;
            if (node != null) {
                // far out there are no cards: a click on a drawn node selects it
                vm.selection().select(Selection.node(node));
            } else {
                vm.selection().clear();
            }
        }
    }

    void surfaceDragged(MouseEvent e) {
        if (banding) {
            Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
            view.showSelectionBand(bandStart.getX(), bandStart.getY(), w.getX(), w.getY());
        } else if (panning) {
            vm.viewport().panBy(e.getSceneX() - lastX, e.getSceneY() - lastY);
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        }
    }

    void surfaceReleased(MouseEvent e) {
        if (banding) {
            banding = false;
            view.hideSelectionBand();
            Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
            vm.selecting().selectIn(bandStart.getX(), bandStart.getY(), w.getX(), w.getY(), true);
        }
        panning = false;
    }

    void attach(NodeCard card) {
        String name = card.name();
        card.title()
                .setOnMouseClicked(
                        e -> {
                            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                                view.editName(name);
                                e.consume();
                            }
                        });
        card.setOnMousePressed(
                e -> {
                    if (card.isEditing()) {
                        return; // the pointer is for the name field: no drag, focus stays
                    }
                    view.focus();
                    selectNode(name, e.isShiftDown());
                    Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
                    grabX = w.getX() - card.getLayoutX();
                    grabY = w.getY() - card.getLayoutY();
                    dragging = card;
                    moved = false;
                    dragStarts.clear();
                    dragStarts.put(name, vm.positionOf(name));
                    Selection s = vm.selection().get();
                    if (s.nodes().contains(name)) {
                        s.nodes().forEach(n -> dragStarts.putIfAbsent(n, vm.positionOf(n)));
                    }
                    e.consume();
                });
        card.setOnMouseDragged(
                e -> {
                    if (dragging == card) {
                        Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
                        card.relocate(Math.round(w.getX() - grabX), Math.round(w.getY() - grabY));
                        moved = true;
                        view.cardMoved(name);
                        double dx = card.getLayoutX() - dragStarts.get(name).x();
                        double dy = card.getLayoutY() - dragStarts.get(name).y();
                        dragStarts.forEach(
                                (n, p) -> {
                                    NodeCard other = view.card(n);
                                    if (other != null && other != card) {
                                        other.relocate(p.x() + dx, p.y() + dy);
                                        view.cardMoved(n);
                                    }
                                });
                    }
                    e.consume();
                });
        card.setOnMouseReleased(
                e -> {
                    if (dragging == card) {
                        dragging = null;
                        if (moved) {
                            double dx = card.getLayoutX() - dragStarts.get(name).x();
                            double dy = card.getLayoutY() - dragStarts.get(name).y();
                            Map<String, Position> to = new LinkedHashMap<>();
                            dragStarts.forEach(
                                    (n, p) -> to.put(n, new Position(p.x() + dx, p.y() + dy)));
                            vm.moves().moveNodes(dragStarts, to);
                        } else if (!e.isShiftDown() && dragStarts.size() > 1) {
                            vm.selection().select(Selection.node(name)); // a plain click
                        }
                    }
                    e.consume();
                });
        dragFromCard(
                card.port(),
                () -> card,
                (target, e) -> {
                    if (target != null) {
                        view.askTrigger(name, target, e.getSceneX(), e.getSceneY());
                    } else if (view.overSurface(e.getSceneX(), e.getSceneY())) {
                        view.offerNextStep(name, e.getSceneX(), e.getSceneY());
                    }
                });
    }

    void attach(EdgeView edge, String name) {
        edge.setOnMousePressed(
                e -> {
                    view.focus();
                    vm.selection().select(Selection.transition(name));
                    e.consume();
                });
        dragFromCard(
                edge.endHandle(),
                () -> view.card(edge.transition().from()),
                (target, e) -> {
                    if (target != null) {
                        vm.connections().retarget(edge.transition().name(), target);
                    }
                });
    }

    /**
     * A drag from a card's port (a new connection) or from an arrow's end (re-targeting it): a
     * rubber band from the card's right edge to the pointer; on release, {@code dropped} gets the
     * node under the pointer, or null.
     */
    private void dragFromCard(
            Node handle, Supplier<NodeCard> from, BiConsumer<String, MouseEvent> dropped) {
        handle.setOnMousePressed(MouseEvent::consume);
        handle.setOnMouseDragged(
                e -> {
                    NodeCard card = from.get();
                    if (card != null) {
                        Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
                        view.showRubberBand(
                                card.getLayoutX() + CardGeometry.WIDTH,
                                card.getLayoutY() + CardGeometry.HEIGHT / 2,
                                w.getX(),
                                w.getY());
                    }
                    e.consume();
                });
        handle.setOnMouseReleased(
                e -> {
                    view.hideRubberBand();
                    Point2D w = view.toWorld(e.getSceneX(), e.getSceneY());
                    dropped.accept(vm.nodeAt(w.getX(), w.getY()), e);
                    e.consume();
                });
    }

    private void selectNode(String name, boolean add) {
        Selection s = vm.selection().get();
        if (add) {
            Set<String> nodes = new HashSet<>(s.nodes());
            if (!nodes.remove(name)) {
                nodes.add(name);
            }
            vm.selection().select(new Selection(nodes, s.transitions()));
        } else if (!s.nodes().contains(name)) {
            vm.selection().select(Selection.node(name));
        } // a card of a multi-selection keeps it, so the whole selection can be dragged
    }
}

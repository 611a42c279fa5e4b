package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.studio.editing.Badges;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.Trail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The cards and arrows of the canvas: cards in a node layer above arrows in an edge layer, keyed by
 * name and reused, made only for what is in view (far out, the {@link OverviewLayer} draws the
 * journey instead); their badges, selection, analytics and failures; and how they are cached while
 * the zoom changes.
 */
final class CardLayer {
    /** Below this zoom the journey is drawn as an overview, not as cards. */
    static final double FAR_ZOOM = 0.45;

    /** Cards this far (screen pixels) outside the view are made already. */
    private static final double MARGIN = 200;

    private final CanvasViewModel vm;
    private final ObservableValue<Badges> warnings;
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Map<String, NodeCard> cards = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    private final Map<String, List<EdgeView>> edgesByNode = new HashMap<>();

    /** Every node's top-left corner (stored, or its grid slot), in the journey's order. */
    private final Map<String, Position> positions = new LinkedHashMap<>();

    private final OverviewLayer overview;
    private final CanvasGestures gestures;

    /** Cards being moved by hand (dragged, nudged): a refresh leaves them where they are. */
    private final Predicate<String> movedByHand;

    private boolean refreshQueued;

    /** Nodes that just appeared through a change made elsewhere: pulsed when their card is made. */
    private final Set<String> arriving = new HashSet<>();

    private final PauseTransition arrivalShown = new PauseTransition(NodeCard.PULSE);

    /** How cards are cached now: at rest a sharp bitmap; while zooming see {@link #zooming}. */
    private boolean cached = true;

    private CacheHint cacheHint = CacheHint.DEFAULT;
    private final PauseTransition zoomSettle = new PauseTransition(Duration.millis(250));

    /** A card to open for renaming once it is built (it may be off-screen a moment). */
    private String pendingEdit;

    private final Runnable focusCanvas;

    /** A replay's trail (people panel), and who is told of a click on a card's count. */
    private ObservableValue<Trail> trail =
            new javafx.beans.property.SimpleObjectProperty<>(Trail.NONE);

    private java.util.function.BiConsumer<String, Boolean> countClicked = (node, failed) -> {};

    CardLayer(
            CanvasViewModel vm,
            ObservableValue<Badges> warnings,
            Pane surface,
            CanvasGestures gestures,
            Predicate<String> nudged,
            Runnable focusCanvas) {
        this.vm = vm;
        this.warnings = warnings;
        this.gestures = gestures;
        this.focusCanvas = focusCanvas;
        movedByHand = name -> nudged.test(name) || gestures.isDragging(cards.get(name));
        overview = new OverviewLayer(surface);
        Viewport vp = vm.viewport();
        vm.journeyProperty().addListener((o, a, b) -> render());
        javafx.beans.InvalidationListener recull = o -> refreshSoon();
        vp.zoomProperty().addListener(recull);
        vp.panXProperty().addListener(recull);
        vp.panYProperty().addListener(recull);
        vp.widthProperty().addListener(recull);
        vp.heightProperty().addListener(recull);
        warnings.addListener((o, a, b) -> showBadges(b));
        vm.selection().selectionProperty().addListener((o, a, b) -> showSelection(b));
        vm.moves()
                .arrivedProperty()
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
        surface.backgroundProperty().addListener(o -> refreshSoon()); // a theme switch
        zoomSettle.setOnFinished(e -> setCaching(true, CacheHint.DEFAULT));
    }

    /** Lights {@code shown}'s trail on the cards and arrows, as it changes. */
    void followTrail(ObservableValue<Trail> shown) {
        trail = shown;
        shown.addListener(o -> refreshSoon());
        refreshSoon();
    }

    /** {@code clicked} gets the node and whether the failed count (not "here") was clicked. */
    void onCountClicked(java.util.function.BiConsumer<String, Boolean> clicked) {
        countClicked = clicked;
    }

    Group edgeLayer() {
        return edgeLayer;
    }

    Group nodeLayer() {
        return nodeLayer;
    }

    /** Takes in the shown journey: every node's place, then what is in view. */
    void render() {
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
    void zooming(Window window) {
        if (!zoomSettle.getStatus().equals(Animation.Status.RUNNING)) {
            boolean scale = ZoomCaching.scaledBitmapsDrawRight(window);
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
    void refresh() {
        Journey j = vm.journeyProperty().get();
        if (j == null) {
            return;
        }
        Viewport vp = vm.viewport();
        Set<String> wanted = new HashSet<>();
        if (isFar()) {
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
                card.onCountClicked(failed -> countClicked.accept(name, failed));
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
            Trail lit = trail.getValue();
            card.showTrail(lit.visited().get(name), name.equals(lit.current()), lit.note());
            if (!movedByHand.test(name)) {
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
            edge.setVisited(trail.getValue().transitions().contains(t.name()));
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

    /** Puts a node's card (if it is made) at a world point, with its arrows (a nudge). */
    void moveCard(String node, double x, double y) {
        NodeCard card = cards.get(node);
        if (card != null) {
            card.relocate(x, y);
            cardMoved(node);
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

    /** Far out: the overview is drawn, there are no cards to grab. */
    boolean isFar() {
        return vm.viewport().zoomProperty().get() < FAR_ZOOM;
    }

    NodeCard card(String name) {
        return cards.get(name);
    }

    /** A node's top-left corner in the world (stored, or its grid slot). */
    Position position(String node) {
        return positions.get(node);
    }

    /** Opens a card's name for typing (a double-click on it, or a card just added). */
    void editName(String node) {
        NodeCard card = cards.get(node);
        if (card == null || card.getScene() == null) {
            pendingEdit = node;
            return;
        }
        pendingEdit = null;
        card.editName(text -> vm.steps().rename(node, text), focusCanvas);
    }

    int cardCount() {
        return cards.size();
    }

    int edgeCount() {
        return edges.size();
    }
}

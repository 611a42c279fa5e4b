package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.NodeSummary;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import com.ascendkit.journeys.studio.live.FailuresViewModel;
import com.ascendkit.journeys.studio.palette.StepKind;
import com.ascendkit.journeys.studio.sync.AddNodeCommand;
import com.ascendkit.journeys.studio.sync.AddTransitionCommand;
import com.ascendkit.journeys.studio.sync.Command;
import com.ascendkit.journeys.studio.sync.CompositeCommand;
import com.ascendkit.journeys.studio.sync.EnvironmentCatalog;
import com.ascendkit.journeys.studio.sync.Failed;
import com.ascendkit.journeys.studio.sync.JourneyEdits;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.sync.UpdateNodeCommand;
import com.ascendkit.journeys.studio.sync.UpdateTransitionCommand;
import com.ascendkit.journeys.studio.text.StepNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the canvas gestures mean: each finished gesture becomes one command sent through the session
 * (a drag is one move on release). Holds the viewport and the selection.
 */
public final class CanvasViewModel {
    private final JourneySession session;
    private final SelectionModel selection;
    private final Dialogs dialogs;
    private final AnalyticsViewModel analytics;
    private final FailuresViewModel failures;
    private final Viewport viewport = new Viewport();
    private final Clipboard clipboard;
    private final ReadOnlyObjectWrapper<String> connectSource =
            new ReadOnlyObjectWrapper<>(this, "connectSource");
    private final ReadOnlyObjectWrapper<List<String>> arrived =
            new ReadOnlyObjectWrapper<>(this, "arrived");
    private final ReadOnlyObjectWrapper<String> nameToEdit =
            new ReadOnlyObjectWrapper<>(this, "nameToEdit");

    private final Arrivals arrivals = new Arrivals();

    /** The trigger last chosen for a new connection, by journey id (this window, in memory). */
    private final Map<String, Trigger> lastTriggers = new HashMap<>();

    /** True until the keyboard steps to an item after the canvas got the focus. */
    private boolean freshCycle = true;

    private boolean cycling;

    public CanvasViewModel(
            JourneySession session,
            SelectionModel selection,
            Dialogs dialogs,
            AnalyticsViewModel analytics,
            FailuresViewModel failures) {
        this.analytics = analytics;
        this.failures = failures;
        this.session = session;
        this.selection = selection;
        this.dialogs = dialogs;
        this.clipboard = new Clipboard(session, selection);
        selection
                .selectionProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!cycling) {
                                freshCycle = false; // a click: Tab goes on from what it chose
                            }
                        });
        session.changedElsewhereProperty()
                .addListener((o, a, c) -> placeArrivals(c.before(), c.after()));
    }

    /** The canvas got the keyboard focus: the next Tab starts at the first card. */
    public void restartCycle() {
        freshCycle = true;
    }

    /**
     * Tab / Shift+Tab on the canvas: selects the next (previous) item — the nodes in the journey's
     * order, then the transitions — and brings it into view. False, changing nothing, when the step
     * would go past the first or last item: the focus then leaves the canvas.
     */
    public boolean cycle(boolean backwards) {
        Journey j = journey();
        if (j == null) {
            return false;
        }
        List<Selection> items = new ArrayList<>();
        j.nodes().keySet().forEach(n -> items.add(Selection.node(n)));
        j.transitions().forEach(t -> items.add(Selection.transition(t.name())));
        int at = freshCycle ? -1 : items.indexOf(selection.get());
        int next = backwards ? (at < 0 ? items.size() - 1 : at - 1) : at + 1;
        if (next < 0 || next >= items.size()) {
            return false;
        }
        Selection s = items.get(next);
        cycling = true;
        try {
            selection.select(s);
        } finally {
            cycling = false;
        }
        freshCycle = false;
        bringIntoView(j, s);
        return true;
    }

    private void bringIntoView(Journey j, Selection s) {
        List<Position> corners = new ArrayList<>();
        if (s.singleNode() != null) {
            corners.add(positionOf(s.singleNode()));
        } else {
            Transition t = JourneyEdits.find(j, s.singleTransition());
            corners.add(positionOf(t.from()));
            corners.add(positionOf(t.to()));
        }
        bringIntoView(corners);
    }

    /** Centres the view on the cards at {@code corners} unless all of them are in view. */
    private void bringIntoView(List<Position> corners) {
        double minX = viewport.toWorldX(0);
        double minY = viewport.toWorldY(0);
        double maxX = viewport.toWorldX(viewport.widthProperty().get());
        double maxY = viewport.toWorldY(viewport.heightProperty().get());
        boolean inView =
                corners.stream()
                        .allMatch(
                                p ->
                                        p.x() >= minX
                                                && p.y() >= minY
                                                && p.x() + CardGeometry.WIDTH <= maxX
                                                && p.y() + CardGeometry.HEIGHT <= maxY);
        if (!inView) {
            double cx = corners.stream().mapToDouble(Position::x).average().orElse(0);
            double cy = corners.stream().mapToDouble(Position::y).average().orElse(0);
            viewport.centerOn(cx + CardGeometry.WIDTH / 2, cy + CardGeometry.HEIGHT / 2);
        }
    }

    /**
     * The keyboard's connecting drag (C on a selected card): remembers the card as the new
     * transition's source until a target is chosen ({@link #connectSourceProperty()}); false when
     * not exactly one node is selected.
     */
    public boolean startConnect() {
        String from = selection.get().singleNode();
        if (from == null) {
            return false;
        }
        connectSource.set(from);
        session.tell(
                Notice.info(
                        "Connect '"
                                + from
                                + "' to: Tab to the target step and press Enter (Escape"
                                + " cancels)."));
        return true;
    }

    /** The source of a connection being made with the keyboard, or null. */
    public ReadOnlyObjectProperty<String> connectSourceProperty() {
        return connectSource.getReadOnlyProperty();
    }

    /** Ends (or cancels) a keyboard connection; returns its source, or null. */
    public String endConnect() {
        String from = connectSource.get();
        if (from != null) {
            connectSource.set(null);
            session.tell(null); // the "Connect … to:" notice
        }
        return from;
    }

    /** Copy and paste of cards; one clipboard for every journey opened in this editor. */
    public Clipboard clipboard() {
        return clipboard;
    }

    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return session.journeyProperty();
    }

    /** Where users failed: a badge on the cards, with or without the analytics overlay. */
    public FailuresViewModel failures() {
        return failures;
    }

    /** The analytics overlay the canvas draws over cards and arrows. */
    public AnalyticsViewModel analytics() {
        return analytics;
    }

    public Viewport viewport() {
        return viewport;
    }

    public SelectionModel selection() {
        return selection;
    }

    public Position positionOf(String node) {
        return CardGeometry.positionOf(journey(), node);
    }

    /** The node under a world point, or null. */
    public String nodeAt(double worldX, double worldY) {
        Journey j = journey();
        return j == null ? null : CardGeometry.nodeAt(j, worldX, worldY);
    }

    /**
     * Adds a node of {@code actionType} dropped from the palette with its card's corner at {@code
     * at}, or as near as it is free: a drop on a card puts the new one beside it, not over it.
     */
    public void addNode(String actionType, Position at) {
        Journey j = journey();
        if (j == null) {
            return;
        }
        add(j, actionType, Placement.near(CardGeometry.positions(j).values(), at));
    }

    /**
     * Adds a node of {@code actionType} (a palette click) on free space beside the selected card,
     * else right of the last step; {@code fallback} (the middle of the view) in an empty journey.
     * The view follows it.
     */
    public void addNext(String actionType, Position fallback) {
        Journey j = journey();
        if (j == null) {
            return;
        }
        Map<String, Position> cards = CardGeometry.positions(j);
        String anchor = selection.get().singleNode();
        if (anchor == null || !cards.containsKey(anchor)) {
            anchor = cards.isEmpty() ? null : List.copyOf(cards.keySet()).get(cards.size() - 1);
        }
        Position at =
                anchor == null ? fallback : Placement.beside(cards.values(), cards.get(anchor));
        add(j, actionType, at);
        bringIntoView(List.of(at));
    }

    private void add(Journey j, String actionType, Position at) {
        String name = freeName(j, baseName(actionType));
        session.submit(
                new AddNodeCommand(
                        name, new Node(defaultAction(actionType), ends(actionType), at)));
        selection.select(Selection.node(name));
        editName(name);
    }

    /**
     * The node whose card should open its name for editing (a card just added from the palette), or
     * null.
     */
    public ReadOnlyObjectProperty<String> nameToEditProperty() {
        return nameToEdit.getReadOnlyProperty();
    }

    /**
     * Renames a node from its card (the inspector's rename command): null when done or when nothing
     * changed, else why the name cannot be used (nothing is sent).
     */
    public String rename(String node, String newName) {
        Journey j = journey();
        String wanted = newName.strip();
        if (j == null || !j.nodes().containsKey(node) || wanted.equals(node)) {
            return null;
        }
        String refused =
                !Names.isNodeName(wanted)
                        ? StepNames.problem(wanted)
                        : j.nodes().containsKey(wanted)
                                ? "There is already a step called '" + wanted + "'."
                                : null;
        if (refused != null) {
            session.tell(Notice.warning(refused));
            return refused;
        }
        session.submit(UpdateNodeCommand.rename(j, node, wanted));
        selection.select(Selection.node(wanted));
        return null;
    }

    /**
     * The trigger a new connection's question starts on: the one last chosen in this journey in
     * this window, else that of the journey's last transition, else null (the question's own
     * default).
     */
    public Trigger startingTrigger() {
        Journey j = journey();
        if (j == null) {
            return null;
        }
        Trigger remembered = lastTriggers.get(j.id());
        if (remembered != null || j.transitions().isEmpty()) {
            return remembered;
        }
        return j.transitions().get(j.transitions().size() - 1).trigger();
    }

    /**
     * A connection dropped on empty canvas, once the step type, its name and the trigger are
     * chosen: a new node {@code name} of {@code actionType} with its card's corner at {@code at}
     * (moved off any card) and the transition to it, as ONE step of the history. Named before it is
     * made, so the transition's generated name ({@code from-to-name}) is the step's.
     */
    public void addConnected(
            String from, String actionType, String name, Position at, Trigger trigger) {
        Journey j = journey();
        if (j == null || !j.nodes().containsKey(from) || j.nodes().containsKey(name)) {
            return;
        }
        AddNodeCommand node =
                new AddNodeCommand(
                        name,
                        new Node(
                                defaultAction(actionType),
                                ends(actionType),
                                Placement.near(CardGeometry.positions(j).values(), at)));
        AddTransitionCommand edge =
                AddTransitionCommand.connect(node.preview(j), from, name, trigger);
        lastTriggers.put(j.id(), trigger);
        session.submit(
                new CompositeCommand(
                        "Add step '" + name + "' after '" + from + "'", List.of(node, edge)));
        selection.select(Selection.node(name));
    }

    private void editName(String node) {
        nameToEdit.set(null);
        nameToEdit.set(node); // the card opens its name for typing
    }

    /** An end step (the palette's and the next-step question's "End") is terminal. */
    private static boolean ends(String kind) {
        return StepKind.parse(kind).end();
    }

    /** The name the next node of {@code actionType} would get. */
    public String nextName(String actionType) {
        Journey j = journey();
        return j == null ? baseName(actionType) : freeName(j, baseName(actionType));
    }

    /**
     * Nodes that appeared through a change made elsewhere (the CLI) and have no place of their own
     * or one over another card get a free place beside their source ({@link Arrivals}). The place
     * is stored (sent as a move, not recorded for Undo: the user did not make it), so every window
     * and every later read draws the node in the same place. The view highlights them ({@link
     * #arrivedProperty()}) and follows them.
     */
    private void placeArrivals(Journey before, Journey after) {
        Journey j = journey();
        if (j == null || !j.id().equals(after.id())) {
            return;
        }
        Arrivals.Plan plan = arrivals.plan(before, after, j);
        Command moves = GroupEdits.moves(j, plan.from(), plan.to());
        if (moves != null) { // null: every card is already where it goes
            session.submitUnrecorded(moves);
        }
        if (!plan.pointOut().isEmpty()) {
            arrived.set(null); // a list equal to the last one is news too
            arrived.set(List.copyOf(plan.pointOut()));
            bringIntoView(plan.pointOut().stream().map(this::positionOf).toList());
        }
    }

    /** The nodes that last appeared through a change made elsewhere (a new list each time). */
    public ReadOnlyObjectProperty<List<String>> arrivedProperty() {
        return arrived.getReadOnlyProperty();
    }

    /** A drop after dragging a card: one update, and none when it did not move. */
    public void moveNode(String name, Position to) {
        Journey j = journey();
        if (j == null
                || !j.nodes().containsKey(name)
                || to.equals(j.nodes().get(name).position())) {
            return;
        }
        session.submit(UpdateNodeCommand.move(j, name, positionOf(name), to));
    }

    public void connect(String from, String to, Trigger trigger) {
        Journey j = journey();
        if (j == null) {
            return;
        }
        AddTransitionCommand command = AddTransitionCommand.connect(j, from, to, trigger);
        lastTriggers.put(j.id(), trigger);
        session.submit(command);
        selection.select(Selection.transition(command.transition().name()));
    }

    public void retarget(String transition, String newTo) {
        Journey j = journey();
        Transition t = j == null ? null : JourneyEdits.find(j, transition);
        if (t == null || t.to().equals(newTo)) {
            return;
        }
        session.submit(UpdateTransitionCommand.retarget(j, transition, newTo));
    }

    /** Centres the view on a node and selects it (from the warnings panel). */
    public void reveal(String node) {
        Journey j = journey();
        if (j == null || !j.nodes().containsKey(node)) {
            return;
        }
        Position p = positionOf(node);
        viewport.centerOn(p.x() + CardGeometry.WIDTH / 2, p.y() + CardGeometry.HEIGHT / 2);
        selection.select(Selection.node(node));
    }

    /** Fits every card into the view. */
    public void fitToView() {
        Journey j = journey();
        if (j == null || j.nodes().isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String name : j.nodes().keySet()) {
            Position p = positionOf(name);
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + CardGeometry.WIDTH);
            maxY = Math.max(maxY, p.y() + CardGeometry.HEIGHT);
        }
        viewport.fit(minX, minY, maxX, maxY);
    }

    /**
     * Removes the selection as one step. Nodes that hold users are removed only once the user says
     * where they go (the engine is asked who is in them first); one the user keeps stays.
     */
    public void deleteSelection() {
        Journey j = journey();
        Selection s = selection.get();
        if (j == null || s.isEmpty()) {
            return;
        }
        List<String> transitions = s.transitions().stream().sorted().toList();
        List<String> nodes = s.nodes().stream().filter(j.nodes()::containsKey).sorted().toList();
        if (nodes.isEmpty()) {
            submit(GroupEdits.removal(j, transitions, Map.of()));
            return;
        }
        String journeyId = j.id();
        session.read(
                engine -> engine.listNodes(journeyId),
                summaries -> removeNodes(transitions, nodes, summaries),
                Failed.saying(
                        "Could not check who is in "
                                + String.join(", ", nodes)
                                + ", so nothing was removed: "));
    }

    private void removeNodes(
            List<String> transitions, List<String> nodes, List<NodeSummary> summaries) {
        Map<String, Long> users =
                summaries.stream()
                        .collect(
                                Collectors.toMap(
                                        NodeSummary::name, NodeSummary::usersHere, (a, b) -> a));
        Journey j = journey();
        if (j == null) {
            return;
        }
        Map<String, Dialogs.UsersFate> fates = new LinkedHashMap<>();
        for (String name : nodes) {
            long here = users.getOrDefault(name, 0L);
            if (here == 0) {
                fates.put(name, null);
                continue;
            }
            List<String> others =
                    j.nodes().keySet().stream()
                            .filter(n -> !n.equals(name) && !nodes.contains(n))
                            .toList();
            dialogs.askUsersFate(name, here, others).ifPresent(f -> fates.put(name, f));
        }
        submit(GroupEdits.removal(j, transitions, fates));
    }

    /** A drop after dragging several cards: one step that moves them all. */
    public void moveNodes(Map<String, Position> from, Map<String, Position> to) {
        Journey j = journey();
        if (j != null) {
            submit(GroupEdits.moves(j, from, to));
        }
    }

    /**
     * Lays the journey out with ELK ({@link AutoLayout}) as one step: a composite of moves, each
     * undo putting a card back where it was drawn. Nothing is sent when every card is already
     * there.
     */
    public void autoLayout() {
        Journey j = journey();
        if (j == null || j.nodes().isEmpty()) {
            return;
        }
        Map<String, Position> from = new LinkedHashMap<>();
        j.nodes().keySet().forEach(n -> from.put(n, CardGeometry.positionOf(j, n)));
        Command moves = GroupEdits.moves(j, from, AutoLayout.positions(j));
        if (moves != null) {
            session.submit(
                    moves instanceof CompositeCommand c
                            ? new CompositeCommand("Auto-layout", c.parts())
                            : moves);
        }
    }

    /** Selects every node and transition (Ctrl+A). */
    public void selectAll() {
        Journey j = journey();
        if (j != null) {
            selection.select(
                    new Selection(
                            j.nodes().keySet(),
                            j.transitions().stream()
                                    .map(Transition::name)
                                    .collect(Collectors.toSet())));
        }
    }

    /** Selects the nodes whose cards meet the world rectangle (rubber band), or adds them. */
    public void selectIn(double x1, double y1, double x2, double y2, boolean add) {
        Journey j = journey();
        if (j == null) {
            return;
        }
        Set<String> nodes = new HashSet<>(add ? selection.get().nodes() : Set.of());
        nodes.addAll(CardGeometry.nodesIn(j, x1, y1, x2, y2));
        selection.select(new Selection(nodes, add ? selection.get().transitions() : Set.of()));
    }

    private void submit(Command command) {
        if (command != null) {
            session.submit(command);
        }
    }

    /** The action a new step of {@code kind} ({@link StepKind#text()}) starts with. */
    private static Action defaultAction(String kind) {
        return switch (StepKind.parse(kind).action()) {
            // never a real email chosen for the marketer: the card warns until one is chosen
            case SEND_EMAIL -> new Action.SendEmail(EnvironmentCatalog.CHOOSE_TEMPLATE);
            case TAG_USER -> new Action.TagUser("new-tag");
            case ADVANCE_STAGE -> new Action.AdvanceStage("new-stage");
            case NONE -> Action.none();
        };
    }

    private static String baseName(String kind) {
        StepKind k = StepKind.parse(kind);
        if (k.end()) {
            return "done";
        }
        return switch (k.action()) {
            case SEND_EMAIL -> "email";
            case TAG_USER -> "tag";
            case ADVANCE_STAGE -> "stage";
            case NONE -> "step";
        };
    }

    static String freeName(Journey j, String base) {
        Function<Integer, String> candidate = i -> i == 1 ? base : base + "-" + i;
        int i = 1;
        while (j.nodes().containsKey(candidate.apply(i))) {
            i++;
        }
        return candidate.apply(i);
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}

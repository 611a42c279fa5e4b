package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.JourneySession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Selecting more than one click does: Tab and Shift+Tab step through the items, Ctrl+A takes them
 * all, the rubber band takes the cards it meets. A click (any other change of the selection) is
 * where the next Tab goes on from.
 */
public final class Selecting {
    private final JourneySession session;
    private final SelectionModel selection;
    private final Framing framing;

    /** True until the keyboard steps to an item after the canvas got the focus. */
    private boolean freshCycle = true;

    private boolean cycling;

    Selecting(JourneySession session, SelectionModel selection, Framing framing) {
        this.session = session;
        this.selection = selection;
        this.framing = framing;
        selection
                .selectionProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!cycling) {
                                freshCycle = false; // a click: Tab goes on from what it chose
                            }
                        });
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
        framing.bringIntoView(j, s);
        return true;
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

    private Journey journey() {
        return session.journeyProperty().get();
    }
}

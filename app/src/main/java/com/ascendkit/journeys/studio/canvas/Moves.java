package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.sync.Command;
import com.ascendkit.journeys.studio.sync.CompositeCommand;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.UpdateNodeCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the cards are: a drag or a nudge is one move on release, an auto-layout one step of moves,
 * and nodes that arrive through a change made elsewhere get a place of their own.
 */
public final class Moves {
    private final JourneySession session;
    private final Framing framing;
    private final Arrivals arrivals = new Arrivals();
    private final ReadOnlyObjectWrapper<List<String>> arrived =
            new ReadOnlyObjectWrapper<>(this, "arrived");

    Moves(JourneySession session, Framing framing) {
        this.session = session;
        this.framing = framing;
        session.changedElsewhereProperty()
                .addListener((o, a, c) -> placeArrivals(c.before(), c.after()));
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

    /** A drop after dragging several cards: one step that moves them all. */
    public void moveNodes(Map<String, Position> from, Map<String, Position> to) {
        Journey j = journey();
        if (j != null) {
            Command moves = GroupEdits.moves(j, from, to);
            if (moves != null) {
                session.submit(moves);
            }
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
            framing.bringIntoView(plan.pointOut().stream().map(this::positionOf).toList());
        }
    }

    /** The nodes that last appeared through a change made elsewhere (a new list each time). */
    public ReadOnlyObjectProperty<List<String>> arrivedProperty() {
        return arrived.getReadOnlyProperty();
    }

    /** Read from the journey as it is now: after a move was sent, where the move put the card. */
    private Position positionOf(String node) {
        return CardGeometry.positionOf(journey(), node);
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}

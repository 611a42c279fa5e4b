package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.AddNodeCommand;
import com.ascendkit.journeys.studio.sync.AddTransitionCommand;
import com.ascendkit.journeys.studio.sync.CompositeCommand;
import com.ascendkit.journeys.studio.sync.JourneyEdits;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.sync.UpdateTransitionCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The arrows made on the canvas: a connecting drag onto a card or onto empty canvas (a new step
 * with the arrow to it), the keyboard's connection, and an arrow's end dragged to another card.
 * Remembers the trigger last chosen so the next connection's question starts on it.
 */
public final class Connections {
    private final JourneySession session;
    private final SelectionModel selection;
    private final ReadOnlyObjectWrapper<String> connectSource =
            new ReadOnlyObjectWrapper<>(this, "connectSource");

    /** The trigger last chosen for a new connection, by journey id (this window, in memory). */
    private final Map<String, Trigger> lastTriggers = new HashMap<>();

    Connections(JourneySession session, SelectionModel selection) {
        this.session = session;
        this.selection = selection;
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
                        NewStep.of(
                                actionType,
                                Placement.near(CardGeometry.positions(j).values(), at)));
        AddTransitionCommand edge =
                AddTransitionCommand.connect(node.preview(j), from, name, trigger);
        lastTriggers.put(j.id(), trigger);
        session.submit(
                new CompositeCommand(
                        "Add step '" + name + "' after '" + from + "'", List.of(node, edge)));
        selection.select(Selection.node(name));
    }

    /** An arrow's end dropped on another card: one update, and none when it is the same card. */
    public void retarget(String transition, String newTo) {
        Journey j = journey();
        Transition t = j == null ? null : JourneyEdits.find(j, transition);
        if (t == null || t.to().equals(newTo)) {
            return;
        }
        session.submit(UpdateTransitionCommand.retarget(j, transition, newTo));
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}

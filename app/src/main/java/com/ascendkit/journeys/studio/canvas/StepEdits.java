package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.editing.Selection;
import com.ascendkit.journeys.studio.editing.SelectionModel;
import com.ascendkit.journeys.studio.sync.AddNodeCommand;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.Notice;
import com.ascendkit.journeys.studio.sync.UpdateNodeCommand;
import com.ascendkit.journeys.studio.text.StepNames;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Steps added from the palette (a drop or a click) and renamed on their cards. Each is one command
 * sent through the session; a new step is selected and its card opens its name for typing.
 */
public final class StepEdits {
    private final JourneySession session;
    private final SelectionModel selection;
    private final Framing framing;
    private final ReadOnlyObjectWrapper<String> nameToEdit =
            new ReadOnlyObjectWrapper<>(this, "nameToEdit");

    StepEdits(JourneySession session, SelectionModel selection, Framing framing) {
        this.session = session;
        this.selection = selection;
        this.framing = framing;
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
        framing.bringIntoView(List.of(at));
    }

    private void add(Journey j, String actionType, Position at) {
        String name = NewStep.name(j, actionType);
        session.submit(new AddNodeCommand(name, NewStep.of(actionType, at)));
        selection.select(Selection.node(name));
        editName(name);
    }

    /** The name the next node of {@code actionType} would get. */
    public String nextName(String actionType) {
        return NewStep.name(journey(), actionType);
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

    private void editName(String node) {
        nameToEdit.set(null);
        nameToEdit.set(node); // the card opens its name for typing
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }
}

package com.ascendkit.journeys.studio.editing;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The selection shared by canvas, inspector and warnings panel. Names that vanish from the journey
 * drop out of it.
 */
public final class SelectionModel {
    private final ReadOnlyObjectWrapper<Selection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Selection.EMPTY);

    public SelectionModel(ObservableValue<Journey> journey) {
        journey.addListener((obs, old, now) -> prune(now));
    }

    public void select(Selection value) {
        selection.set(value);
    }

    public void clear() {
        selection.set(Selection.EMPTY);
    }

    public Selection get() {
        return selection.get();
    }

    private void prune(Journey journey) {
        Selection s = selection.get();
        if (journey == null) {
            clear();
            return;
        }
        Set<String> names =
                journey.transitions().stream().map(Transition::name).collect(Collectors.toSet());
        Set<String> nodes =
                s.nodes().stream().filter(journey.nodes()::containsKey).collect(Collectors.toSet());
        Set<String> transitions =
                s.transitions().stream().filter(names::contains).collect(Collectors.toSet());
        if (nodes.size() != s.nodes().size() || transitions.size() != s.transitions().size()) {
            selection.set(new Selection(nodes, transitions));
        }
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }
}

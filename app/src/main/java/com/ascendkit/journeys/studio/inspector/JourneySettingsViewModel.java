package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.studio.editing.EventSuggestions;
import com.ascendkit.journeys.studio.editing.KeyValueRow;
import com.ascendkit.journeys.studio.editing.KeyValueRows;
import com.ascendkit.journeys.studio.sync.JourneyChanges;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.UpdateJourneyCommand;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Journey settings, shown when nothing is selected: name, entry event, entry conditions, entry
 * node, re-entry policy. Each field commits on its own as one {@code PATCH} of that field.
 */
public final class JourneySettingsViewModel {
    private final JourneySession session;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty entryEvent = new SimpleStringProperty(this, "entryEvent", "");
    private final ObservableList<KeyValueRow> entryConditions = KeyValueRows.observable();
    private final StringProperty entryNode = new SimpleStringProperty(this, "entryNode", "");
    private final ObjectProperty<ReEntryPolicy> reEntryPolicy =
            new SimpleObjectProperty<>(this, "reEntryPolicy", ReEntryPolicy.SKIP);
    private final ObservableList<String> nodeNames = FXCollections.observableArrayList();
    private boolean loading;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public JourneySettingsViewModel(JourneySession session) {
        this.session = session;
    }

    public void load(Journey j) {
        loading = true;
        name.set(j.name());
        entryEvent.set(j.entryEvent() == null ? "" : j.entryEvent());
        KeyValueRows.load(entryConditions, j.entryConditions());
        nodeNames.setAll(j.nodes().keySet());
        entryNode.set(j.entryNode() == null ? "" : j.entryNode());
        reEntryPolicy.set(j.reEntryPolicy());
        error.set("");
        loading = false;
    }

    /**
     * Escape in a field: puts back the journey's stored settings when the form differs from them;
     * false when there was nothing to put back.
     */
    public boolean revert() {
        Journey j = journey();
        if (j == null) {
            return false;
        }
        String typedName = name.get();
        String typedEvent = entryEvent.get();
        boolean hadError = !error.get().isEmpty();
        load(j);
        return hadError || !typedName.equals(name.get()) || !typedEvent.equals(entryEvent.get());
    }

    public void commitName() {
        String value = name.get().strip();
        if (value.isEmpty()) {
            error.set("Give the journey a name");
            return;
        }
        send(
                JourneyChanges.none().withName(value),
                "Rename the journey to '" + value + "'",
                value.equals(journey().name()));
    }

    public void commitEntryEvent() {
        String value = entryEvent.get().strip();
        try {
            Names.requireEventName("entryEvent", value);
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        send(
                JourneyChanges.none().withEntryEvent(value),
                "Enter on " + value,
                value.equals(journey().entryEvent()));
    }

    public void commitEntryConditions() {
        Map<String, Object> map;
        try {
            map = KeyValueRows.toMap("entryConditions", entryConditions);
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        send(
                JourneyChanges.none().withEntryConditions(map),
                "Change the entry conditions",
                map.equals(journey().entryConditions()));
    }

    public void commitEntryNode() {
        String value = entryNode.get();
        if (value == null || value.isBlank()) {
            return;
        }
        send(
                JourneyChanges.none().withEntryNode(value),
                "Enter at '" + value + "'",
                value.equals(journey().entryNode()));
    }

    public void commitReEntryPolicy() {
        ReEntryPolicy value = reEntryPolicy.get();
        if (value == null) {
            return;
        }
        send(
                JourneyChanges.none().withReEntryPolicy(value),
                "Re-entry: " + value.wireName(),
                value == journey().reEntryPolicy());
    }

    public void addConditionRow() {
        entryConditions.add(new KeyValueRow("", ""));
    }

    public void removeConditionRow(KeyValueRow row) {
        entryConditions.remove(row);
        commitEntryConditions();
    }

    private void send(JourneyChanges changes, String description, boolean unchanged) {
        if (loading) {
            return;
        }
        error.set("");
        Journey j = journey();
        if (j != null && !unchanged) {
            session.submit(UpdateJourneyCommand.of(j, changes, description));
        }
    }

    private Journey journey() {
        return session.journeyProperty().get();
    }

    public java.util.List<String> eventSuggestions() {
        return EventSuggestions.of(journey());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty entryEventProperty() {
        return entryEvent;
    }

    public ObservableList<KeyValueRow> entryConditions() {
        return entryConditions;
    }

    public StringProperty entryNodeProperty() {
        return entryNode;
    }

    public ObjectProperty<ReEntryPolicy> reEntryPolicyProperty() {
        return reEntryPolicy;
    }

    public ObservableList<String> nodeNames() {
        return nodeNames;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

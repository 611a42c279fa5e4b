package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Trigger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A trigger being typed: event name and filter rows, or a delay. {@link #errorProperty()} says in
 * words what is wrong as the user types (the model's own messages, e.g. from {@link Delay#parse}),
 * and is empty when {@link #build()} will succeed.
 */
public final class TriggerDraft {

    /** Event or timer. */
    public enum Kind {
        EVENT,
        TIMER
    }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.EVENT);
    private final StringProperty event = new SimpleStringProperty(this, "event", "user.login");
    private final StringProperty delay = new SimpleStringProperty(this, "delay", "1d");
    private final ObservableList<KeyValueRow> filter = KeyValueRows.observable();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public TriggerDraft() {
        kind.addListener((o, a, b) -> validate());
        event.addListener((o, a, b) -> validate());
        delay.addListener((o, a, b) -> validate());
        filter.addListener((javafx.collections.ListChangeListener<KeyValueRow>) c -> validate());
    }

    /** Shows {@code trigger} in the fields. */
    public void load(Trigger trigger) {
        if (trigger instanceof Trigger.Timer t) {
            delay.set(t.delay().toString());
            filter.clear();
            kind.set(Kind.TIMER);
        } else if (trigger instanceof Trigger.Event e) {
            event.set(e.event());
            KeyValueRows.load(filter, e.eventFilter());
            kind.set(Kind.EVENT);
        }
        validate();
    }

    /** The trigger the fields describe, or the reason there is none. */
    public Trigger build() {
        if (kind.get() == Kind.TIMER) {
            return new Trigger.Timer(Delay.parse("delay", delay.get().strip()));
        }
        return new Trigger.Event(event.get().strip(), KeyValueRows.toMap("eventFilter", filter));
    }

    private void validate() {
        try {
            build();
            error.set("");
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
        }
    }

    public void addFilterRow() {
        filter.add(new KeyValueRow("", ""));
    }

    public void removeFilterRow(KeyValueRow row) {
        filter.remove(row);
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty eventProperty() {
        return event;
    }

    public StringProperty delayProperty() {
        return delay;
    }

    public ObservableList<KeyValueRow> filter() {
        return filter;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

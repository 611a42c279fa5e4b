package com.ascendkit.journeys.studio.editing;

import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.text.Words;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A trigger being typed: event name and filter rows, or a delay. {@link #errorProperty()} says in a
 * marketer's words what is wrong (from the model's checks, {@link Delay#parse} and {@link
 * Names#requireEventName}), and is empty when {@link #build()} will succeed; {@link
 * #shownErrorProperty()} is the same once {@link #reveal()} was called (the user pressed Enter or
 * left the field), empty before: nothing is called wrong before it was finished.
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
    private final ReadOnlyStringWrapper shownError =
            new ReadOnlyStringWrapper(this, "shownError", "");
    private boolean revealed;

    public TriggerDraft() {
        kind.addListener((o, a, b) -> validate());
        event.addListener((o, a, b) -> validate());
        delay.addListener((o, a, b) -> validate());
        filter.addListener((javafx.collections.ListChangeListener<KeyValueRow>) c -> validate());
    }

    /** Shows {@code trigger} in the fields. */
    public void load(Trigger trigger) {
        revealed = false;
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

    /** The user finished typing (Enter, or left the field): what is wrong is shown from now on. */
    public void reveal() {
        revealed = true;
        validate();
    }

    private void validate() {
        try {
            build();
            error.set("");
        } catch (InvalidInputException e) {
            error.set(inWords(e));
        }
        shownError.set(revealed ? error.get() : "");
    }

    private String inWords(InvalidInputException e) {
        String typed = Words.shorten((kind.get() == Kind.TIMER ? delay : event).get().strip());
        String problem = e.getMessage();
        if (kind.get() == Kind.TIMER) {
            if (typed.isEmpty()) {
                return "Type how long to wait, such as 2d (30m, 12h, 2d, 1w)";
            }
            if (problem.contains("no wait")) {
                return "A delay of " + typed + " is no wait: use at least 1 (30m, 12h, 2d, 1w)";
            }
            if (problem.contains("longer than 365 days")) {
                return typed + " is longer than 365 days, the longest wait";
            }
            return "'"
                    + typed
                    + "' is not a delay: use a whole number and m, h, d or w (30m, 12h, 2d, 1w);"
                    + " a number alone is minutes";
        }
        if ("event".equals(e.field())) {
            return typed.isEmpty()
                    ? "Type the event users must send, such as user.login"
                    : "'"
                            + typed
                            + "' is not an event name: use a-z, A-Z (no accents), 0-9, '_', '.',"
                            + " ':' and '-' (user.login, app.upgraded_plan)";
        }
        return problem; // the filter rows' own words
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

    /** {@link #errorProperty()} once {@link #reveal()} was called since the last load. */
    public ReadOnlyStringProperty shownErrorProperty() {
        return shownError.getReadOnlyProperty();
    }
}

package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.editing.EventSuggestions;
import com.ascendkit.journeys.studio.editing.TriggerDraft;
import com.ascendkit.journeys.studio.sync.JourneyEdits;
import com.ascendkit.journeys.studio.sync.JourneySession;
import com.ascendkit.journeys.studio.sync.UpdateTransitionCommand;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inspector of one transition: where it goes and its trigger (event with suggestions and filter
 * rows, or a delay checked as it is typed).
 */
public final class TransitionInspectorViewModel {
    private final JourneySession session;
    private final TriggerDraft trigger = new TriggerDraft();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private String transition;
    private boolean loading;

    public TransitionInspectorViewModel(JourneySession session) {
        this.session = session;
    }

    public void load(Journey journey, String name) {
        Transition t = JourneyEdits.find(journey, name);
        if (t == null) {
            return;
        }
        loading = true;
        transition = name;
        title.set(t.name() + ": " + t.from() + " → " + t.to());
        trigger.load(t.trigger());
        loading = false;
    }

    /** Sends the trigger when it is valid and differs from the transition's. */
    public void commit() {
        if (loading) {
            return;
        }
        trigger.reveal();
        Journey j = session.journeyProperty().get();
        Transition t = j == null || transition == null ? null : JourneyEdits.find(j, transition);
        if (t == null || !trigger.errorProperty().get().isEmpty()) {
            return;
        }
        Trigger built;
        try {
            built = trigger.build();
        } catch (InvalidInputException e) {
            return;
        }
        if (!built.equals(t.trigger())) {
            session.submit(UpdateTransitionCommand.trigger(j, transition, built));
        }
    }

    public List<String> eventSuggestions() {
        return EventSuggestions.of(session.journeyProperty().get());
    }

    public String transition() {
        return transition;
    }

    public TriggerDraft trigger() {
        return trigger;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}

package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneyResponse;

/** Changes a transition ({@code PATCH …/transitions/{name}}): re-target or a new trigger. */
public record UpdateTransitionCommand(
        String name, TransitionChanges changes, TransitionChanges reverse, String description)
        implements Command {

    public static UpdateTransitionCommand retarget(Journey j, String name, String newTo) {
        Transition t = JourneyEdits.requireTransition(j, name);
        return new UpdateTransitionCommand(
                name,
                TransitionChanges.ends(null, newTo),
                TransitionChanges.ends(null, t.to()),
                "Point '" + name + "' at '" + newTo + "'");
    }

    public static UpdateTransitionCommand trigger(Journey j, String name, Trigger trigger) {
        Transition t = JourneyEdits.requireTransition(j, name);
        return new UpdateTransitionCommand(
                name,
                TransitionChanges.trigger(trigger),
                TransitionChanges.trigger(t.trigger()),
                "Fire '" + name + "' " + trigger.describe());
    }

    @Override
    public Journey preview(Journey journey) {
        return JourneyEdits.updateTransition(journey, name, changes);
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return gateway.updateTransition(journeyId, expectedVersion, name, changes);
    }

    @Override
    public Command inverse() {
        String current = changes.name() == null ? name : changes.name();
        return new UpdateTransitionCommand(current, reverse, changes, "Undo: " + description);
    }
}

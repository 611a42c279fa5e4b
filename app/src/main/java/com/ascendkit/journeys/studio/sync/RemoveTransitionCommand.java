package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * Removes a transition ({@code DELETE …/transitions/{name}}). Its undo adds it back at the end of
 * the list: the API has no call that inserts at a position.
 */
public record RemoveTransitionCommand(Transition transition) implements Command {

    @Override
    public String description() {
        return "Remove transition '" + transition.name() + "'";
    }

    @Override
    public Journey preview(Journey journey) {
        return JourneyEdits.removeTransition(journey, transition.name());
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return gateway.removeTransition(journeyId, expectedVersion, transition.name());
    }

    @Override
    public Command inverse() {
        return new AddTransitionCommand(transition);
    }
}

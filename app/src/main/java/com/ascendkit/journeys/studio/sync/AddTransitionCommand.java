package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.TransitionNames;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * Adds a transition ({@code POST …/transitions}). The name is the API's default ({@code
 * {from}-to-{to}}, then {@code -2} …), worked out here and sent, so the undo knows it.
 */
public record AddTransitionCommand(Transition transition) implements Command {

    public static AddTransitionCommand connect(Journey j, String from, String to, Trigger trigger) {
        String name =
                TransitionNames.next(
                        from, to, j.transitions().stream().map(Transition::name).toList());
        return new AddTransitionCommand(new Transition(name, from, to, trigger));
    }

    @Override
    public String description() {
        return "Add transition '" + transition.name() + "' " + transition.trigger().describe();
    }

    @Override
    public Journey preview(Journey journey) {
        return JourneyEdits.addTransition(journey, transition);
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return gateway.addTransition(
                journeyId,
                expectedVersion,
                transition.from(),
                transition.to(),
                transition.trigger(),
                transition.name());
    }

    @Override
    public Command inverse() {
        return new RemoveTransitionCommand(transition);
    }
}

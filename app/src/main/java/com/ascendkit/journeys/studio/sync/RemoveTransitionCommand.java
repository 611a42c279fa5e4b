package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.List;

/**
 * Removes a transition ({@code DELETE …/transitions/{name}}). Its undo ({@link RestoreCommand})
 * puts it back at its place in the list ({@code order}: the names before the removal).
 */
public record RemoveTransitionCommand(Transition transition, List<String> order)
        implements Command {

    public RemoveTransitionCommand {
        order = List.copyOf(order);
    }

    /** Without the order: the undo puts it back at the end. */
    public RemoveTransitionCommand(Transition transition) {
        this(transition, List.of());
    }

    /** Removes {@code transition} from {@code journey}, remembering its place. */
    public static RemoveTransitionCommand of(Journey journey, Transition transition) {
        return new RemoveTransitionCommand(
                transition, journey.transitions().stream().map(Transition::name).toList());
    }

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
        return new RestoreCommand(null, null, List.of(transition), order);
    }
}

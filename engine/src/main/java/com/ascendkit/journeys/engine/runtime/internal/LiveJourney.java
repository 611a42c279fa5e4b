package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.List;
import java.util.Optional;

/** A journey as the run-time sees it: where it lives, its status and its graph. */
public record LiveJourney(
        String id, String environmentId, JourneyStatus status, JourneyDefinition definition) {

    public static LiveJourney of(Journey journey, String environmentId) {
        return new LiveJourney(journey.id(), environmentId, journey.status(), journey.definition());
    }

    /** Users move (by events and timers) in active and paused journeys. */
    public boolean moves() {
        return status == JourneyStatus.ACTIVE || status == JourneyStatus.PAUSED;
    }

    public Optional<Node> node(String name) {
        return Optional.ofNullable(definition.nodes().get(name));
    }

    public Optional<Transition> transition(String name) {
        return definition.transitions().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Timer transitions out of {@code node}, in definition order. */
    public List<Transition> timersFrom(String node) {
        return definition.transitions().stream()
                .filter(t -> t.from().equals(node) && t.trigger() instanceof Trigger.Timer)
                .toList();
    }

    /** Event transitions out of {@code node}, in definition order (the first match wins). */
    public List<Transition> eventsFrom(String node) {
        return definition.transitions().stream()
                .filter(t -> t.from().equals(node) && t.trigger() instanceof Trigger.Event)
                .toList();
    }
}

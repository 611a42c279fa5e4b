package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Events;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unknown_event}: the journey's entry event, or an event a transition waits for, is neither
 * built-in nor an {@code app.*} event, so nothing can ever send it (see {@link Events}).
 */
public final class UnknownEventRule implements TopologyRule {
    private static final String KNOWN =
            " is neither a built-in event ("
                    + String.join(", ", Events.BUILT_IN)
                    + ") nor an app event ('app.*')";

    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        List<Warning> out = new ArrayList<>();
        String entryEvent = graph.definition().entryEvent();
        if (entryEvent != null && !Events.isKnown(entryEvent)) {
            out.add(
                    Warning.onJourney(
                            WarningCode.UNKNOWN_EVENT,
                            "the entry event "
                                    + Phrases.quote(entryEvent)
                                    + KNOWN
                                    + ": no user will ever enroll"));
        }
        for (Transition t : graph.transitions()) {
            if (t.trigger() instanceof Trigger.Event event && !Events.isKnown(event.event())) {
                out.add(
                        Warning.onTransition(
                                WarningCode.UNKNOWN_EVENT,
                                t.name(),
                                "transition "
                                        + Phrases.quote(t.name())
                                        + " waits for event "
                                        + Phrases.quote(event.event())
                                        + ", which"
                                        + KNOWN
                                        + ": it will never fire"));
            }
        }
        return out;
    }
}

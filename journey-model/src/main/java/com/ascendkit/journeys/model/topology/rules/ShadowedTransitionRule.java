package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shadowed_transition}: a transition that can never fire because another one from the same
 * node always fires first. A timer is shadowed by the node's earliest timer (shortest delay, the
 * first listed among equal ones). An event transition is shadowed by an event transition listed
 * before it for the same event whose filter pairs are a subset of its own: every event it matches,
 * the earlier one matches too. Terminal nodes are skipped: none of their transitions fire, which
 * {@link TerminalHasOutgoingRule} reports.
 */
public final class ShadowedTransitionRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        List<Warning> out = new ArrayList<>();
        for (String node : graph.nodes().keySet()) {
            if (graph.isTerminal(node)) {
                continue;
            }
            checkTimers(graph, node, out);
            checkEvents(graph, node, out);
        }
        return out;
    }

    private static void checkTimers(JourneyGraph graph, String node, List<Warning> out) {
        Transition earliest = graph.earliestTimer(node).orElse(null);
        for (Transition t : graph.outgoing(node)) {
            if (t.trigger() instanceof Trigger.Timer && t != earliest) {
                out.add(shadowed(t, earliest, node));
            }
        }
    }

    private static void checkEvents(JourneyGraph graph, String node, List<Warning> out) {
        Map<String, FilterIndex> byEvent = new HashMap<>();
        for (Transition t : graph.outgoing(node)) {
            if (t.trigger() instanceof Trigger.Event event) {
                FilterIndex earlier =
                        byEvent.computeIfAbsent(event.event(), e -> new FilterIndex());
                Transition cover = earlier.coverOf(event.eventFilter());
                if (cover != null) {
                    out.add(shadowed(t, cover, node));
                } else {
                    earlier.add(event.eventFilter(), t);
                }
            }
        }
    }

    private static Warning shadowed(Transition t, Transition winner, String node) {
        return Warning.onTransition(
                WarningCode.SHADOWED_TRANSITION,
                t.name(),
                "transition "
                        + Phrases.quote(t.name())
                        + " ("
                        + t.trigger().describe()
                        + ") can never fire: transition "
                        + Phrases.quote(winner.name())
                        + " ("
                        + winner.trigger().describe()
                        + ") takes users out of "
                        + Phrases.quote(node)
                        + " first");
    }
}

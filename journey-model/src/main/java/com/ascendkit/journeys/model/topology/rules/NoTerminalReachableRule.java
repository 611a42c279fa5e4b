package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;

/**
 * {@code no_terminal_reachable}: no terminal node can be reached from the entry node, so no user
 * ever completes the journey. Silent when the entry node is missing ({@link MissingEntryNodeRule}).
 */
public final class NoTerminalReachableRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        if (!graph.hasEntryNode()) {
            return List.of();
        }
        for (String node : graph.reachableFrom(graph.entryNode())) {
            if (graph.isTerminal(node)) {
                return List.of();
            }
        }
        boolean anyTerminal = graph.nodes().values().stream().anyMatch(n -> n.terminal());
        String entry = Phrases.quote(graph.entryNode());
        return List.of(
                Warning.onJourney(
                        WarningCode.NO_TERMINAL_REACHABLE,
                        anyTerminal
                                ? "no terminal node is reachable from the entry node "
                                        + entry
                                        + ": users never complete this journey"
                                : "the journey has no terminal node: users who enter at "
                                        + entry
                                        + " never complete it"));
    }
}

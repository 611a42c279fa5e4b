package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code unreachable_node}: no path of transitions leads from the entry node to the node (a path
 * through a terminal node does not count: users complete there). Silent when the entry node is
 * missing, which {@link MissingEntryNodeRule} reports.
 */
public final class UnreachableNodeRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        if (!graph.hasEntryNode()) {
            return List.of();
        }
        Set<String> reachable = graph.reachableFrom(graph.entryNode());
        List<Warning> out = new ArrayList<>();
        for (String node : graph.nodes().keySet()) {
            if (!reachable.contains(node)) {
                out.add(
                        Warning.onNode(
                                WarningCode.UNREACHABLE_NODE,
                                node,
                                "node "
                                        + Phrases.quote(node)
                                        + " is not reachable from the entry node "
                                        + Phrases.quote(graph.entryNode())));
            }
        }
        return out;
    }
}

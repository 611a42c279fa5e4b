package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dead_end}: a node that is not terminal and has no way out. */
public final class DeadEndRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        List<Warning> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : graph.nodes().entrySet()) {
            String node = e.getKey();
            if (!e.getValue().terminal() && graph.outgoing(node).isEmpty()) {
                out.add(
                        Warning.onNode(
                                WarningCode.DEAD_END,
                                node,
                                "node "
                                        + Phrases.quote(node)
                                        + " is not terminal and has no outgoing transition:"
                                        + " users who reach it stay there forever"));
            }
        }
        return out;
    }
}

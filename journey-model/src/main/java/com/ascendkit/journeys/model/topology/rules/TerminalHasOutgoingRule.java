package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code terminal_has_outgoing}: a terminal node with transitions out of it, which never fire
 * because users complete on entering the node. One warning per node, naming its transitions.
 */
public final class TerminalHasOutgoingRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        List<Warning> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : graph.nodes().entrySet()) {
            String node = e.getKey();
            List<Transition> leaving = graph.outgoing(node);
            if (e.getValue().terminal() && !leaving.isEmpty()) {
                List<String> names = leaving.stream().map(Transition::name).toList();
                out.add(
                        Warning.onNode(
                                WarningCode.TERMINAL_HAS_OUTGOING,
                                node,
                                "terminal node "
                                        + Phrases.quote(node)
                                        + (names.size() == 1
                                                ? " has the outgoing transition "
                                                : " has the outgoing transitions ")
                                        + Phrases.quoteAll(names)
                                        + ": users complete on entering it, so "
                                        + (names.size() == 1
                                                ? "it never fires"
                                                : "they never fire")));
            }
        }
        return out;
    }
}

package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;

/** {@code missing_entry_node}: the entry node is not set, or names no node of the journey. */
public final class MissingEntryNodeRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        String entry = graph.entryNode();
        if (entry == null || entry.isEmpty()) {
            return List.of(
                    Warning.onJourney(
                            WarningCode.MISSING_ENTRY_NODE,
                            "the journey has no entry node: users it enrolls have nowhere to"
                                    + " start"));
        }
        if (!graph.nodes().containsKey(entry)) {
            return List.of(
                    Warning.onJourney(
                            WarningCode.MISSING_ENTRY_NODE,
                            "the entry node "
                                    + Phrases.quote(entry)
                                    + " is not a node of the journey: add it or choose another"
                                    + " entry node"));
        }
        return List.of();
    }
}

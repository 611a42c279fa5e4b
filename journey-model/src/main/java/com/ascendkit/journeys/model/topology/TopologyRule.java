package com.ascendkit.journeys.model.topology;

import java.util.List;

/**
 * One rule about a journey: looks at the graph (and, for reference rules, the environment) and
 * returns what it finds. Rules are small, separately tested, and combined by {@link
 * JourneyValidator}; each must run in time linear in nodes plus transitions.
 */
@FunctionalInterface
public interface TopologyRule {
    List<Warning> check(JourneyGraph graph, References references);
}

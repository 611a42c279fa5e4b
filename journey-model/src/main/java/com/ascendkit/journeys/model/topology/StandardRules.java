package com.ascendkit.journeys.model.topology;

import java.util.List;

/** The contract's rules, topology first, then reference rules. */
final class StandardRules {
    private StandardRules() {}

    static List<TopologyRule> all() {
        return List.of();
    }
}

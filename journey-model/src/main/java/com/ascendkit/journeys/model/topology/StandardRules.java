package com.ascendkit.journeys.model.topology;

import com.ascendkit.journeys.model.topology.rules.DeadEndRule;
import com.ascendkit.journeys.model.topology.rules.MissingEntryNodeRule;
import com.ascendkit.journeys.model.topology.rules.MissingSurveyRule;
import com.ascendkit.journeys.model.topology.rules.MissingTemplateRule;
import com.ascendkit.journeys.model.topology.rules.NoTerminalReachableRule;
import com.ascendkit.journeys.model.topology.rules.ShadowedTransitionRule;
import com.ascendkit.journeys.model.topology.rules.TerminalHasOutgoingRule;
import com.ascendkit.journeys.model.topology.rules.TimerCycleRule;
import com.ascendkit.journeys.model.topology.rules.UnknownEventRule;
import com.ascendkit.journeys.model.topology.rules.UnreachableNodeRule;
import com.ascendkit.journeys.model.topology.rules.UnverifiedSenderRule;
import java.util.List;

/** The contract's rules, topology first, then reference rules, in {@link WarningCode} order. */
final class StandardRules {
    private StandardRules() {}

    static List<TopologyRule> all() {
        return List.of(
                new MissingEntryNodeRule(),
                new UnreachableNodeRule(),
                new DeadEndRule(),
                new TerminalHasOutgoingRule(),
                new NoTerminalReachableRule(),
                new TimerCycleRule(),
                new ShadowedTransitionRule(),
                new UnknownEventRule(),
                new MissingTemplateRule(),
                new MissingSurveyRule(),
                new UnverifiedSenderRule());
    }
}

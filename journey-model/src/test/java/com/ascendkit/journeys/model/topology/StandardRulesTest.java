package com.ascendkit.journeys.model.topology;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.testing.StaticReferences;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardRulesTest {
    /** Breaks every rule but missing_entry_node. */
    private static final JourneyGraph EVERYTHING_WRONG =
            JourneyGraph.of(
                    journey("a")
                            .entryEvent("user.signup")
                            .node(
                                    "a",
                                    new Action.SendEmail("no-template", "no-survey", null, null)
                                            .withSender("nobody@yourapp.com"))
                            .node("b")
                            .node("dead_end")
                            .terminal("done")
                            .timer("a", "b", "1d")
                            .timer("b", "a", "1d")
                            .timer("a", "b", "2d")
                            .on("b", "dead_end", "signed_up")
                            .timer("done", "a", "1d")
                            .build());

    private static final JourneyGraph NO_ENTRY_NODE =
            JourneyGraph.of(journey("nowhere").terminal("done").build());

    @Test
    void hasOneRulePerWarningCodeInCodeOrder() {
        List<Set<WarningCode>> codesPerRule = new ArrayList<>();
        for (TopologyRule rule : StandardRules.all()) {
            Set<WarningCode> codes = EnumSet.noneOf(WarningCode.class);
            for (JourneyGraph graph : List.of(EVERYTHING_WRONG, NO_ENTRY_NODE)) {
                rule.check(graph, StaticReferences.empty()).forEach(w -> codes.add(w.code()));
            }
            codesPerRule.add(codes);
        }

        List<Set<WarningCode>> expected = new ArrayList<>();
        for (WarningCode code : WarningCode.values()) {
            expected.add(EnumSet.of(code));
        }
        assertThat(codesPerRule).containsExactlyElementsOf(expected);
    }
}

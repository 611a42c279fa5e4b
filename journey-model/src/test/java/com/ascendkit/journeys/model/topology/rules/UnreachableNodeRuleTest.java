package com.ascendkit.journeys.model.topology.rules;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachableNodeRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new UnreachableNodeRule()
                .check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsAboutNodeWithNoPathFromEntryNode() {
        List<Warning> warnings =
                check(
                        journey("welcome_email")
                                .node("welcome_email")
                                .node("nudge_1")
                                .terminal("done")
                                .on("welcome_email", "done", "user.login")
                                .timer("nudge_1", "done", "2d")
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.UNREACHABLE_NODE);
                            assertThat(w.node()).isEqualTo("nudge_1");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "node 'nudge_1' is not reachable from the entry node"
                                                    + " 'welcome_email'");
                        });
    }

    @Test
    void doesNotFollowTransitionsOutOfTerminalNodes() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .terminal("done")
                                .node("after_done")
                                .timer("a", "done", "1d")
                                .timer("done", "after_done", "1d")
                                .build());

        assertThat(warnings).extracting(Warning::node).containsExactly("after_done");
    }

    @Test
    void isSilentWhenEveryNodeIsReachable() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .node("b")
                                        .terminal("c")
                                        .timer("a", "b", "1d")
                                        .on("b", "c", "user.login")
                                        .build()))
                .isEmpty();
    }

    @Test
    void isSilentWhenEntryNodeIsMissing() {
        assertThat(check(journey("nowhere").node("a").node("b").build())).isEmpty();
    }
}

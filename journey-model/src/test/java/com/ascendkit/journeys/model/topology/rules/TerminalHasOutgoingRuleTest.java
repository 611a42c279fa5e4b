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

class TerminalHasOutgoingRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new TerminalHasOutgoingRule()
                .check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsOnceNamingEveryTransitionOutOfATerminalNode() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .terminal("done")
                                .timer("a", "done", "1d")
                                .timer("done", "a", "1d")
                                .on("done", "a", "user.login")
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.TERMINAL_HAS_OUTGOING);
                            assertThat(w.node()).isEqualTo("done");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "terminal node 'done' has the outgoing transitions"
                                                    + " 'done-to-a' and 'done-to-a-2': users"
                                                    + " complete on entering it, so they never"
                                                    + " fire");
                        });
    }

    @Test
    void isSilentForTerminalNodeWithOnlyIncomingTransitions() {
        assertThat(check(journey("a").node("a").terminal("done").timer("a", "done", "1d").build()))
                .isEmpty();
    }
}

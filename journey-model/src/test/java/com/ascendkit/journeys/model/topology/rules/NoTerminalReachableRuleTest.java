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

class NoTerminalReachableRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new NoTerminalReachableRule()
                .check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsWhenTheOnlyTerminalNodeIsUnreachable() {
        List<Warning> warnings =
                check(
                        journey("a")
                                .node("a")
                                .node("b")
                                .terminal("done")
                                .timer("a", "b", "1d")
                                .timer("b", "a", "1d")
                                .build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.NO_TERMINAL_REACHABLE);
                            assertThat(w.message())
                                    .isEqualTo(
                                            "no terminal node is reachable from the entry node"
                                                    + " 'a': users never complete this journey");
                        });
    }

    @Test
    void saysSoWhenTheJourneyHasNoTerminalNodeAtAll() {
        List<Warning> warnings = check(journey("a").node("a").build());

        assertThat(warnings)
                .singleElement()
                .extracting(Warning::message)
                .asString()
                .startsWith("the journey has no terminal node");
    }

    @Test
    void isSilentWhenATerminalNodeIsReachable() {
        assertThat(
                        check(
                                journey("a")
                                        .node("a")
                                        .node("b")
                                        .terminal("done")
                                        .timer("a", "b", "1d")
                                        .on("b", "done", "user.login")
                                        .build()))
                .isEmpty();
    }

    @Test
    void isSilentWhenEntryNodeIsMissing() {
        assertThat(check(journey(null).node("a").build())).isEmpty();
    }
}

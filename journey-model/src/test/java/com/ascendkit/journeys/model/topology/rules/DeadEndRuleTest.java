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

class DeadEndRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new DeadEndRule().check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsAboutNonTerminalNodeWithoutOutgoingTransition() {
        List<Warning> warnings =
                check(journey("a").node("a").node("stuck").timer("a", "stuck", "1d").build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.DEAD_END);
                            assertThat(w.node()).isEqualTo("stuck");
                            assertThat(w.message())
                                    .startsWith(
                                            "node 'stuck' is not terminal and has no outgoing"
                                                    + " transition");
                        });
    }

    @Test
    void isSilentForTerminalNodes() {
        assertThat(check(journey("a").node("a").terminal("done").timer("a", "done", "1d").build()))
                .isEmpty();
    }

    @Test
    void ignoresTransitionsToUnknownNodes() {
        List<Warning> warnings = check(journey("a").node("a").timer("a", "nowhere", "1d").build());

        assertThat(warnings).extracting(Warning::node).containsExactly("a");
    }
}

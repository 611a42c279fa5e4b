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

class MissingEntryNodeRuleTest {
    private static List<Warning> check(JourneyDefinition definition) {
        return new MissingEntryNodeRule()
                .check(JourneyGraph.of(definition), StaticReferences.empty());
    }

    @Test
    void warnsWhenEntryNodeIsNotSet() {
        List<Warning> warnings = check(journey(null).terminal("done").build());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.MISSING_ENTRY_NODE);
                            assertThat(w.message()).contains("no entry node");
                            assertThat(w.node()).isNull();
                        });
    }

    @Test
    void warnsNamingAnEntryNodeThatIsNotANode() {
        List<Warning> warnings = check(journey("welcome_email").terminal("done").build());

        assertThat(warnings)
                .singleElement()
                .extracting(Warning::message)
                .isEqualTo(
                        "the entry node 'welcome_email' is not a node of the journey: add it or"
                                + " choose another entry node");
    }

    @Test
    void isSilentWhenEntryNodeExists() {
        assertThat(check(journey("start").terminal("start").build())).isEmpty();
    }
}

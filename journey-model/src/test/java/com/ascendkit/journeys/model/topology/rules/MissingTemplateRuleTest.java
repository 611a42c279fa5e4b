package com.ascendkit.journeys.model.topology.rules;

import static com.ascendkit.journeys.model.testing.DefinitionBuilder.journey;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.testing.StaticReferences;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingTemplateRuleTest {
    private static final JourneyGraph GRAPH =
            JourneyGraph.of(
                    journey("welcome_email")
                            .node("welcome_email", new Action.SendEmail("welcome-email"))
                            .node("tag", new Action.TagUser("vip"))
                            .build());

    @Test
    void warnsAboutATemplateTheEnvironmentLacks() {
        List<Warning> warnings = new MissingTemplateRule().check(GRAPH, StaticReferences.empty());

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.MISSING_TEMPLATE);
                            assertThat(w.node()).isEqualTo("welcome_email");
                            assertThat(w.message())
                                    .startsWith(
                                            "node 'welcome_email' sends template"
                                                    + " 'welcome-email', which does not exist");
                        });
    }

    @Test
    void isSilentWhenTheTemplateExists() {
        assertThat(
                        new MissingTemplateRule()
                                .check(
                                        GRAPH,
                                        StaticReferences.empty().withTemplates("welcome-email")))
                .isEmpty();
    }
}

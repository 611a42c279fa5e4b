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

class MissingSurveyRuleTest {
    private static final JourneyGraph GRAPH =
            JourneyGraph.of(
                    journey("post_session")
                            .node(
                                    "post_session",
                                    new Action.SendEmail("feedback", "nps", null, null))
                            .node("plain", new Action.SendEmail("welcome-email"))
                            .build());

    @Test
    void warnsAboutASurveyTheEnvironmentLacks() {
        List<Warning> warnings =
                new MissingSurveyRule()
                        .check(GRAPH, StaticReferences.empty().withTemplates("feedback"));

        assertThat(warnings)
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.code()).isEqualTo(WarningCode.MISSING_SURVEY);
                            assertThat(w.node()).isEqualTo("post_session");
                            assertThat(w.message())
                                    .isEqualTo(
                                            "node 'post_session' links survey 'nps', which does"
                                                    + " not exist in this environment");
                        });
    }

    @Test
    void isSilentWhenTheSurveyExists() {
        assertThat(
                        new MissingSurveyRule()
                                .check(GRAPH, StaticReferences.empty().withSurveys("nps")))
                .isEmpty();
    }
}

package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import org.junit.jupiter.api.Test;

class WarningsTextTest {
    private static final Warning DEAD_END =
            Warning.onNode(WarningCode.DEAD_END, "nudge_1", "node 'nudge_1' has no way out");
    private static final Warning UNREACHABLE =
            Warning.onNode(WarningCode.UNREACHABLE_NODE, "done", "node 'done' is unreachable");
    private static final Warning MISSING_TEMPLATE =
            Warning.onNode(
                    WarningCode.MISSING_TEMPLATE,
                    "welcome_email",
                    "template 'welcome-email' does not exist");

    @Test
    void printsEveryWarningOfAnActiveJourney() {
        assertThat(WarningsText.lines(Samples.response(JourneyStatus.ACTIVE, DEAD_END)))
                .containsExactly("warning: node 'nudge_1' has no way out (dead_end)");
    }

    @Test
    void countsSuppressedTopologyWarningsInOneLine() {
        assertThat(
                        WarningsText.lines(
                                Samples.response(
                                        JourneyStatus.DRAFT,
                                        DEAD_END.withSuppressed(true),
                                        UNREACHABLE.withSuppressed(true))))
                .containsExactly(
                        "2 topology warnings suppressed while the journey is draft (run journey"
                                + " show after activating to confirm the graph is valid)");
    }

    @Test
    void alwaysPrintsReferenceWarnings() {
        assertThat(
                        WarningsText.lines(
                                Samples.response(
                                        JourneyStatus.PAUSED,
                                        MISSING_TEMPLATE,
                                        DEAD_END.withSuppressed(true))))
                .containsExactly(
                        "warning: template 'welcome-email' does not exist (missing_template)",
                        "1 topology warning suppressed while the journey is paused (run journey"
                                + " show after activating to confirm the graph is valid)");
    }

    @Test
    void printsNothingWithoutWarnings() {
        assertThat(WarningsText.lines(Samples.response(JourneyStatus.ACTIVE))).isEmpty();
    }
}

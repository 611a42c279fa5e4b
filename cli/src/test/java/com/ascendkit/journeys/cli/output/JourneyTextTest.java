package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import org.junit.jupiter.api.Test;

class JourneyTextTest {

    @Test
    void showsDefinitionWithTransitionNamesInlineAndStats() {
        String text = JourneyText.show(Samples.response(JourneyStatus.ACTIVE));

        assertThat(text)
                .isEqualTo(
                        """
                        Journey jrn_abc123abc123 "Onboarding Flow"
                          Status:    active (version 7)
                          Entry:     user.created where {"provider": "credentials"} → welcome_email
                          Re-entry:  skip
                          Stats:     enrolled 3, active 1, completed 2, failed 0, exited 0

                        Nodes:
                          welcome_email  send_email  welcome-email + survey onboarding-nps, from hello@yourapp.com  entry
                          nudge_1        send_email  login-nudge
                          done           none                                                                       terminal

                        Transitions:
                          welcome_email → nudge_1 [timer (2d)] (welcome_email-to-nudge_1)
                          welcome_email → done [on user.login] (welcome_email-to-done)
                        """);
    }

    @Test
    void listsWarningsThatAreNotSuppressed() {
        String text =
                JourneyText.show(
                        Samples.response(
                                JourneyStatus.ACTIVE,
                                Warning.onNode(
                                        WarningCode.DEAD_END,
                                        "nudge_1",
                                        "node 'nudge_1' is not terminal and has no way out")));

        assertThat(text)
                .endsWith(
                        "\nWarnings:\n"
                                + "  warning: node 'nudge_1' is not terminal and has no way out"
                                + " (dead_end)\n");
    }

    @Test
    void countsSuppressedTopologyWarningsOfAPausedJourney() {
        String text =
                JourneyText.show(
                        Samples.response(
                                JourneyStatus.PAUSED,
                                Warning.onNode(WarningCode.DEAD_END, "nudge_1", "dead end")
                                        .withSuppressed(true)));

        assertThat(text)
                .doesNotContain("dead end")
                .contains("  1 topology warning suppressed while the journey is paused");
    }
}

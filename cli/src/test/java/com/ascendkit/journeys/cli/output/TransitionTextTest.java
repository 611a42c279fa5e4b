package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionTextTest {
    private static final Transition LOGIN =
            new Transition(
                    "welcome_email-to-done", "welcome_email", "done", Trigger.on("user.login"));
    private static final Transition NUDGE =
            new Transition(
                    "welcome_email-to-nudge_1", "welcome_email", "nudge_1", Trigger.after("2d"));

    @Test
    void routeReadsAsTheDocumentWritesIt() {
        assertThat(TransitionText.route(LOGIN)).isEqualTo("on user.login -> done");
        assertThat(TransitionText.route(NUDGE)).isEqualTo("after 2d -> nudge_1");
    }

    @Test
    void inlineFormShowsTheTriggerInBracketsAndTheName() {
        assertThat(TransitionText.inline(NUDGE))
                .isEqualTo("welcome_email → nudge_1 [timer (2d)] (welcome_email-to-nudge_1)");
        assertThat(TransitionText.inline(LOGIN))
                .isEqualTo("welcome_email → done [on user.login] (welcome_email-to-done)");
    }

    @Test
    void eventFilterIsShownWithTheEvent() {
        Transition pro =
                new Transition(
                        "trial_started-to-pro_onboarding",
                        "trial_started",
                        "pro_onboarding",
                        new Trigger.Event("app.upgraded_plan", Map.of("plan", "pro")));

        assertThat(TransitionText.route(pro))
                .isEqualTo("on app.upgraded_plan {\"plan\": \"pro\"} -> pro_onboarding");
    }

    @Test
    void listHasOneRowPerTransition() {
        assertThat(TransitionText.list(List.of(NUDGE, LOGIN)))
                .isEqualTo(
                        """
                        FROM           TRANSITION             NAME
                        welcome_email  after 2d -> nudge_1    welcome_email-to-nudge_1
                        welcome_email  on user.login -> done  welcome_email-to-done
                        """);
    }

    @Test
    void emptyListSaysSo() {
        assertThat(TransitionText.list(List.of())).isEqualTo("No transitions.\n");
    }
}

package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.people.JourneyUserPage.FailureReason;
import com.ascendkit.journeys.client.people.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyUsersTextTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant NOW = T0.plusSeconds(2 * 86_400 + 3 * 3600);

    private static Step step(String summary) {
        return new Step(
                1,
                T0,
                "entered",
                "welcome_email",
                1,
                null,
                null,
                "user.created",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                summary);
    }

    private static JourneyUser active(String userId, String email, Instant enteredAt) {
        return new JourneyUser(
                userId,
                email,
                "active",
                "welcome_email",
                enteredAt,
                T0,
                null,
                null,
                step("entered on user.created"));
    }

    @Test
    void showsEachUserWithStepTimeInStepAndLastStep() {
        String text =
                JourneyUsersText.render(
                        List.of(
                                active("usr_1", "ada@example.com", T0),
                                active("usr_22", null, NOW.minusSeconds(312))),
                        "active users",
                        List.of(),
                        NOW);

        assertThat(text)
                .isEqualTo(
                        """
                        USER    EMAIL            STATUS  STEP           TIME IN STEP  LAST STEP
                        usr_1   ada@example.com  active  welcome_email  2d 3h         entered on user.created
                        usr_22                   active  welcome_email  5m 12s        entered on user.created
                        """);
    }

    @Test
    void countsTimeInStepOfAnEndedStateToItsEnd() {
        JourneyUser failed =
                new JourneyUser(
                        "usr_1",
                        null,
                        "failed",
                        "welcome_email",
                        T0,
                        T0,
                        T0.plusSeconds(45),
                        "no email address",
                        step("send_email failed: no email address"));

        assertThat(JourneyUsersText.timeInStep(failed, NOW)).isEqualTo("45s");
    }

    @Test
    void putsTheFailedByReasonBlockFirst() {
        JourneyUser failed =
                new JourneyUser(
                        "usr_1",
                        null,
                        "failed",
                        "welcome_email",
                        T0,
                        T0,
                        T0,
                        "no email address",
                        step("send_email failed: no email address"));

        String text =
                JourneyUsersText.render(
                        List.of(failed),
                        "failed users",
                        List.of(
                                new FailureReason("no email address", 12),
                                new FailureReason("template 'welcome' not found", 1)),
                        NOW);

        assertThat(text)
                .isEqualTo(
                        """
                        Failed by reason:
                        REASON                        USERS
                        no email address              12
                        template 'welcome' not found  1

                        USER   EMAIL  STATUS  STEP           TIME IN STEP  LAST STEP
                        usr_1         failed  welcome_email  0s            send_email failed: no email address
                        """);
    }

    @Test
    void saysWhichUsersThereAreNoneOf() {
        assertThat(JourneyUsersText.render(List.of(), "active users at done", List.of(), NOW))
                .isEqualTo("No active users at done.\n");
    }

    @Test
    void namesTheUsersAskedForInWords() {
        assertThat(JourneyUsersText.asked(null, null)).isEqualTo("active users");
        assertThat(JourneyUsersText.asked("failed", "welcome_email"))
                .isEqualTo("failed users at welcome_email");
        assertThat(JourneyUsersText.asked("any", null)).isEqualTo("users");
    }
}

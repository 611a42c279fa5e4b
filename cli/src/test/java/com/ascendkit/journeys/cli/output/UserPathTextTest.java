package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.people.Step;
import com.ascendkit.journeys.client.people.UserPath;
import com.ascendkit.journeys.client.people.UserPath.Waiting;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserPathTextTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-05T09:01:00Z");

    @Test
    void showsOneLinePerStepThenWhatTheUserWaitsFor() {
        List<Step> steps =
                List.of(
                        new Step(
                                1,
                                T0,
                                "entered",
                                "welcome_email",
                                1,
                                null,
                                null,
                                "user.created",
                                Map.of("provider", "credentials"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "entered on user.created"),
                        new Step(
                                2,
                                T1,
                                "action",
                                "welcome_email",
                                1,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "send_email",
                                "queued",
                                "msg_1",
                                null,
                                "send_email queued (welcome-email)"));
        UserPath path =
                new UserPath(
                        "jrn_abc123abc123",
                        "usr_1",
                        "active",
                        "welcome_email",
                        T0,
                        T0,
                        null,
                        List.of(
                                new Waiting(
                                        "welcome_email-to-nudge_1",
                                        "nudge_1",
                                        Instant.parse("2026-01-07T09:00:00Z"))),
                        steps);

        assertThat(UserPathText.render(path))
                .isEqualTo(
                        """
                        2026-01-05T09:00:00Z  welcome_email  entered on user.created
                        2026-01-05T09:01:00Z  welcome_email  send_email queued (welcome-email)
                        Waiting: welcome_email-to-nudge_1 → nudge_1 at 2026-01-07T09:00:00Z
                        """);
    }

    @Test
    void hasNoWaitingLineWhenNoTimerIsPending() {
        UserPath path =
                new UserPath(
                        "jrn_abc123abc123",
                        "usr_1",
                        "completed",
                        "done",
                        T0,
                        T0,
                        T0,
                        List.of(),
                        List.of(
                                new Step(
                                        1,
                                        T0,
                                        "completed",
                                        "done",
                                        1,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "completed")));

        assertThat(UserPathText.render(path)).isEqualTo("2026-01-05T09:00:00Z  done  completed\n");
    }
}

package com.ascendkit.journeys.studio.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.client.people.Step;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PersonWordsTest {
    private static final Instant NOW = Instant.parse("2026-12-08T10:30:00Z");
    private final PersonWords words =
            new PersonWords(new StepTimes(Clock.fixed(NOW, ZoneOffset.UTC)));

    private static Step last(String summary) {
        return new Step(
                7,
                NOW,
                "action",
                "welcome",
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                "send_email",
                "failed",
                null,
                "no email address",
                summary);
    }

    @Test
    void namesAUserByEmailElseById() {
        JourneyUser withEmail =
                new JourneyUser(
                        "ada", "ada@example.com", "active", "wait", NOW, NOW, null, null, null);
        JourneyUser bare =
                new JourneyUser("bob", null, "active", "wait", NOW, NOW, null, null, null);

        assertThat(words.who(withEmail)).isEqualTo("ada@example.com");
        assertThat(words.who(bare)).isEqualTo("bob");
    }

    @Test
    void saysHowLongAnActiveUserHasBeenInTheStep() {
        JourneyUser u =
                new JourneyUser(
                        "ada",
                        null,
                        "active",
                        "wait",
                        NOW.minusSeconds(12 * 60),
                        NOW,
                        null,
                        null,
                        null);

        assertThat(words.time(u)).isEqualTo("12 min in wait");
    }

    @Test
    void saysWhenAFailedUserFailedAndWhy() {
        JourneyUser u =
                new JourneyUser(
                        "bob",
                        null,
                        "failed",
                        "welcome",
                        NOW.minusSeconds(7300),
                        NOW.minusSeconds(7300),
                        NOW.minusSeconds(7200),
                        "no email address",
                        last("Sending welcome failed"));

        assertThat(words.time(u)).isEqualTo("failed at welcome 2.0 h ago");
        assertThat(words.last(u)).isEqualTo("Sending welcome failed (no email address)");
    }

    @Test
    void doesNotRepeatAReasonTheSummaryAlreadySays() {
        JourneyUser u =
                new JourneyUser(
                        "bob",
                        null,
                        "failed",
                        "welcome",
                        NOW,
                        NOW,
                        NOW,
                        "no email address",
                        last("Email not sent: no email address"));

        assertThat(words.last(u)).isEqualTo("Email not sent: no email address");
    }
}

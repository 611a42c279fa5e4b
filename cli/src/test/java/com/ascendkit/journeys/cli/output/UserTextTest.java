package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.users.UserProfile;
import com.ascendkit.journeys.client.users.UserProfile.JourneyState;
import com.ascendkit.journeys.client.users.UserProfile.Visit;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserTextTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-03T10:00:00Z");

    @Test
    void showsProfileAndThePathThroughEachJourney() {
        UserProfile user =
                new UserProfile(
                        "usr_456",
                        "ada@example.com",
                        "Ada",
                        "credentials",
                        null,
                        null,
                        List.of("vip", "beta"),
                        "onboarded",
                        List.of(
                                new JourneyState(
                                        "jrn_abc123abc123",
                                        "nudge_1",
                                        "active",
                                        T0,
                                        T1,
                                        List.of(
                                                new Visit(
                                                        "jrn_abc123abc123",
                                                        "welcome_email",
                                                        T0,
                                                        T1,
                                                        "welcome_email-to-nudge_1",
                                                        null),
                                                new Visit(
                                                        "jrn_abc123abc123",
                                                        "nudge_1",
                                                        T1,
                                                        null,
                                                        null,
                                                        null)))),
                        List.of(),
                        T0,
                        T1);

        assertThat(UserText.render(user))
                .isEqualTo(
                        """
                        User usr_456
                          Email: ada@example.com
                          Name: Ada
                          Provider: credentials
                          Stage: onboarded
                          Tags: vip, beta

                        Journey jrn_abc123abc123: active at nudge_1 (enrolled 2026-01-01T10:00:00Z)
                          welcome_email  entered 2026-01-01T10:00:00Z  left 2026-01-03T10:00:00Z  via welcome_email-to-nudge_1
                          nudge_1        entered 2026-01-03T10:00:00Z
                        """);
    }

    @Test
    void userInNoJourneySaysSo() {
        UserProfile user =
                new UserProfile(
                        "usr_1", null, null, null, null, null, List.of(), null, List.of(),
                        List.of(), T0, T0);

        assertThat(UserText.render(user)).isEqualTo("User usr_1\n\nIn no journey.\n");
    }

    @Test
    void showsTimeZoneAndPropertiesInTheProfile() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("plan", "pro");
        properties.put("seats", 3);
        properties.put("beta", true);
        UserProfile user =
                new UserProfile(
                        "usr_1",
                        "ada@example.com",
                        null,
                        null,
                        properties,
                        "Europe/Paris",
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        T0,
                        T0);

        assertThat(UserText.profile(user))
                .isEqualTo(
                        """
                          Email: ada@example.com
                          Time zone: Europe/Paris
                          Properties: plan=pro, seats=3, beta=true
                        """);
    }
}

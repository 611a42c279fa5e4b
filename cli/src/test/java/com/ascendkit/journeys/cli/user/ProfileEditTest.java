package com.ascendkit.journeys.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.client.users.UserProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileEditTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static UserProfile ada() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("plan", "pro");
        properties.put("seats", 3L);
        return new UserProfile(
                "u1",
                "ada@example.com",
                "Ada",
                "credentials",
                properties,
                "Europe/Paris",
                List.of("vip"),
                null,
                List.of(),
                List.of(),
                T0,
                T0);
    }

    private static ProfileEdit edit(
            String email, String name, String timeZone, String... properties) {
        return new ProfileEdit(
                email,
                name,
                timeZone,
                List.of(properties).stream().map(PropertyAssignment::parse).toList());
    }

    @Test
    void keepsWhatTheOptionsDoNotName() {
        UpsertUserRequest request = edit(null, "Ada Lovelace", null).applyTo(ada());

        assertThat(request)
                .isEqualTo(
                        new UpsertUserRequest(
                                "ada@example.com",
                                "Ada Lovelace",
                                "credentials",
                                Map.of("plan", "pro", "seats", 3L),
                                "Europe/Paris"));
    }

    @Test
    void clearsAFieldGivenEmpty() {
        UpsertUserRequest request = edit("", null, "").applyTo(ada());

        assertThat(request.email()).isNull();
        assertThat(request.timeZone()).isNull();
        assertThat(request.name()).isEqualTo("Ada");
    }

    @Test
    void mergesPropertiesKeyByKey() {
        UpsertUserRequest request =
                edit(null, null, null, "plan=", "seats=5", "beta=true").applyTo(ada());

        assertThat(request.properties())
                .containsExactly(Map.entry("seats", 5L), Map.entry("beta", true));
    }

    @Test
    void makesTheWholeProfileOfANewUserFromTheOptions() {
        UpsertUserRequest request = edit("ada@example.com", null, null, "plan=pro").applyTo(null);

        assertThat(request)
                .isEqualTo(
                        new UpsertUserRequest(
                                "ada@example.com", null, null, Map.of("plan", "pro"), null));
    }

    @Test
    void isEmptyOnlyWithoutAnyOption() {
        assertThat(edit(null, null, null).isEmpty()).isTrue();
        assertThat(edit(null, null, null, "plan=").isEmpty()).isFalse();
        assertThat(edit("", null, null).isEmpty()).isFalse();
    }
}

package com.ascendkit.journeys.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.users.UserSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserListTextTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void listsUsersWithEmailNameAndCreation() {
        String text =
                UserListText.render(
                        List.of(
                                new UserSummary("usr_1", "ada@example.com", "Ada", T0, T0),
                                new UserSummary("usr_22", null, null, T0, T0)));

        assertThat(text)
                .isEqualTo(
                        """
                        USER    EMAIL            NAME  CREATED
                        usr_1   ada@example.com  Ada   2026-01-01T10:00:00Z
                        usr_22                         2026-01-01T10:00:00Z
                        """);
    }

    @Test
    void saysSoWhenThereAreNoUsers() {
        assertThat(UserListText.render(List.of())).isEqualTo("No users.\n");
    }
}

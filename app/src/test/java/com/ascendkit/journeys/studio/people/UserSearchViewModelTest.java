package com.ascendkit.journeys.studio.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.client.users.UserSummary;
import com.ascendkit.journeys.studio.StudioFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people panel's search box over a real engine. */
class UserSearchViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final UserSearchViewModel search = f.studio.userSearch();
    private final ReplayViewModel replay = f.studio.replay();

    @Test
    void jumpsToTheReplayOfAUserFoundByTheStartOfTheirEmail() {
        f.client.users().put("user-2", UpsertUserRequest.email("ada@example.com"));
        f.enrollUsers(2);

        search.queryProperty().set("ADA@");
        search.search();

        assertThat(search.messageProperty().get()).isEmpty();
        assertThat(replay.activeProperty().get()).isTrue();
        assertThat(replay.whoProperty().get()).isEqualTo("ada@example.com");
        assertThat(replay.pathProperty().get().userId()).isEqualTo("user-2");
    }

    @Test
    void saysPlainlyWhenTheUserIsNotInThisJourney() {
        f.client.users().put("bob", UpsertUserRequest.email("bob@example.com"));

        search.queryProperty().set("bob");
        search.search();

        assertThat(search.messageProperty().get())
                .isEqualTo("bob@example.com is not in this journey.");
        assertThat(replay.activeProperty().get()).isFalse();
    }

    @Test
    void saysSoWhenNobodyMatches() {
        search.queryProperty().set("zed");
        search.search();

        assertThat(search.messageProperty().get())
                .isEqualTo("No user's id or email address starts with \"zed\".");
    }

    @Test
    void prefersTheUserWhoseIdIsExactlyTheQuery() {
        List<UserSummary> users =
                List.of(
                        new UserSummary("ann", null, null, null, null),
                        new UserSummary("ann2", null, null, null, null),
                        new UserSummary("anna", "ANN@example.com", null, null, null));

        assertThat(UserSearchViewModel.pick(users, "ann2").userId()).isEqualTo("ann2");
        assertThat(UserSearchViewModel.pick(users, "ann@example.com").userId()).isEqualTo("anna");
        assertThat(UserSearchViewModel.pick(users, "an").userId()).isEqualTo("ann");
    }
}

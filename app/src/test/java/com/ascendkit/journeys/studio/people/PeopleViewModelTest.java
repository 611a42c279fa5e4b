package com.ascendkit.journeys.studio.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.people.JourneyUser;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.studio.StudioFixture;
import org.junit.jupiter.api.Test;

/** The people panel's list over a real engine whose users really are in the journey's steps. */
class PeopleViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final PeopleViewModel people = f.studio.people();

    /** The entry step sends an email; {@code count} users without an address sign up and fail. */
    private void failUsers(int count) {
        f.client
                .nodes()
                .update(
                        f.journeyId,
                        "start",
                        UpdateNodeRequest.action(new Action.SendEmail("welcome")));
        f.client.journeys().activate(f.journeyId);
        for (int i = 1; i <= count; i++) {
            f.engine.systemEvent(f.environment, "nomail-" + i, "user.created");
        }
    }

    @Test
    void listsTheUsersInAStepNewestArrivalFirst() {
        f.enrollUsers(3);

        people.open(PeopleScope.here("start"));

        assertThat(people.users())
                .extracting(JourneyUser::userId)
                .containsExactly("user-3", "user-2", "user-1");
        assertThat(people.titleProperty().get()).isEqualTo("In start now");
        assertThat(people.statusProperty().get()).isEqualTo("3 users");
        assertThat(people.shownProperty().get()).isTrue();
    }

    @Test
    void readsTheNextPageWhenAskedForMore() {
        f.enrollUsers(3);
        people.pageSize(2);
        people.open(PeopleScope.here("start"));
        assertThat(people.users()).hasSize(2);
        assertThat(people.moreProperty().get()).isTrue();

        people.loadMore();

        assertThat(people.users())
                .extracting(JourneyUser::userId)
                .containsExactly("user-3", "user-2", "user-1");
        assertThat(people.moreProperty().get()).isFalse();
    }

    @Test
    void saysSoWhenNobodyIsInTheStep() {
        people.open(PeopleScope.here("start"));

        assertThat(people.users()).isEmpty();
        assertThat(people.statusProperty().get()).isEqualTo("Nobody is here now.");
    }

    @Test
    void filtersTheUsersReadByWhatIsTyped() {
        f.enrollUsers(3);
        people.open(PeopleScope.here("start"));

        people.filterProperty().set("USER-2");

        assertThat(people.users()).extracting(JourneyUser::userId).containsExactly("user-2");
        assertThat(people.statusProperty().get()).isEqualTo("1 of 3 users");
    }

    @Test
    void groupsTheFailedUsersByReasonInWords() {
        failUsers(2);

        people.open(PeopleScope.allFailed());

        assertThat(people.users()).hasSize(2);
        assertThat(people.reasons()).hasSize(1);
        assertThat(people.reasons().getFirst().users()).isEqualTo(2);
        assertThat(people.reasons().getFirst().reason()).contains("email address");
        assertThat(people.titleProperty().get()).isEqualTo("Failed users · 2");
        people.reasonProperty().set(people.reasons().getFirst().reason());
        assertThat(people.users()).hasSize(2);
        people.reasonProperty().set("some other reason");
        assertThat(people.users()).isEmpty();
    }

    @Test
    void forgetsTheListWhenAnotherJourneyOpens() {
        f.enrollUsers(1);
        people.open(PeopleScope.here("start"));

        f.studio.session().close();

        assertThat(people.users()).isEmpty();
        assertThat(people.scopeProperty().get()).isNull();
    }
}

package com.ascendkit.journeys.studio.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.NodeFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.Reason;
import com.ascendkit.journeys.studio.StudioFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final FailuresViewModel failures = f.studio.failures();

    /** The entry step sends an email; {@code count} users without an address sign up. */
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
    void asksNothingWhenTheFailedTotalIsZero() {
        failures.countsChanged(0);

        assertThat(f.gateway.calls()).isEmpty();
        assertThat(failures.failuresProperty().get()).isEqualTo(JourneyFailures.NONE);
    }

    @Test
    void readsWhereUsersFailedWhenTheStreamSaysSomeDid() {
        failUsers(2);

        failures.countsChanged(2);

        assertThat(f.gateway.calls()).containsExactly("failures " + f.journeyId);
        assertThat(failures.failuresProperty().get().nodes())
                .containsOnlyKeys("start")
                .containsEntry(
                        "start",
                        new NodeFailures(2, List.of(new Reason("has no email address", 2))));
    }

    @Test
    void readsThemWhenAJourneyWithFailuresOpens() {
        failUsers(1);
        f.studio.session().close();

        f.studio.session().open(f.journeyId);

        assertThat(failures.failuresProperty().get().nodes().get("start").users()).isEqualTo(1);
    }

    @Test
    void saysTheReasonsInWordsWithTheRightPlural() {
        NodeFailures f =
                new NodeFailures(
                        4,
                        List.of(
                                new Reason("has no email address", 3),
                                new Reason("no longer exists", 1),
                                new Reason("template 'welcome' not found", 1)));

        assertThat(FailureWords.badge(f)).isEqualTo("✕ 4");
        assertThat(FailureWords.reasons(f))
                .isEqualTo(
                        "3 users have no email address\n"
                                + "1 user no longer exists\n"
                                + "1 user failed: template 'welcome' not found");
        assertThat(FailureWords.line(new Reason("has no email address", 1)))
                .isEqualTo("1 user has no email address");
    }
}

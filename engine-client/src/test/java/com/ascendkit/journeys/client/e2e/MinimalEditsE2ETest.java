package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import org.junit.jupiter.api.Test;

/** Edits asked for a small answer ({@code Prefer: return=minimal}) against a real engine. */
class MinimalEditsE2ETest extends LiveEngineTestBase {

    @Test
    void rebuildsTheWholeJourneyFromAMinimalAnswerWhenTheEditIsBasedOnIt() {
        JourneyResult start = createJourney("welcome");
        JourneyResult added =
                client.nodes()
                        .add(
                                start.journey().id(),
                                AddNodeRequest.named("done").withTerminal(true),
                                RequestOptions.basedOn(start.journey()));
        JourneyResult wired =
                client.transitions()
                        .add(
                                start.journey().id(),
                                AddTransitionRequest.of(
                                        "welcome", "done", Trigger.on("user.login")),
                                RequestOptions.basedOn(added.journey()));
        JourneyResult moved =
                client.nodes()
                        .update(
                                start.journey().id(),
                                "welcome",
                                UpdateNodeRequest.empty().withPosition(new Position(200, 80)),
                                RequestOptions.basedOn(wired.journey()));

        JourneyResult engineSays = client.journeys().get(start.journey().id());
        assertThat(moved.partial()).isFalse();
        assertThat(moved.version()).isEqualTo(start.version() + 3);
        assertThat(moved.journey().definition()).isEqualTo(engineSays.journey().definition());
        assertThat(moved.warnings()).isEqualTo(engineSays.warnings());
    }

    @Test
    void readsAReplayedMinimalAnswerWhichCarriesNoPreferenceApplied() {
        JourneyResult start = createJourney("welcome");
        RequestOptions keyed =
                RequestOptions.basedOn(start.journey())
                        .withIdempotencyKey("once-" + clock.millis());
        AddNodeRequest done = AddNodeRequest.named("done").withTerminal(true);

        JourneyResult first = client.nodes().add(start.journey().id(), done, keyed);
        JourneyResult replayed = client.nodes().add(start.journey().id(), done, keyed);

        assertThat(replayed.journey().definition()).isEqualTo(first.journey().definition());
        assertThat(replayed.journey().nodes()).containsKeys("welcome", "done");
    }

    @Test
    void answersAPartialJourneyWithOnlyTheChangeWhenAskedMinimalWithoutABasis() {
        JourneyResult start = createJourney("welcome");
        client.nodes().add(start.journey().id(), AddNodeRequest.named("done").withTerminal(true));

        JourneyResult r =
                client.nodes()
                        .add(
                                start.journey().id(),
                                AddNodeRequest.named("later").withTerminal(true),
                                RequestOptions.none().minimal());

        assertThat(r.partial()).isTrue();
        assertThat(r.version()).isEqualTo(start.version() + 2);
        assertThat(r.journey().name()).isEqualTo("Onboarding Flow");
        assertThat(r.journey().nodes().keySet()).containsExactly("later");
    }
}

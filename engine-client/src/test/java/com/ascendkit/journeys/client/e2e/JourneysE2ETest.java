package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.journeys.UpdateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.NodeFailures;
import com.ascendkit.journeys.model.api.JourneyFailures.Reason;
import com.ascendkit.journeys.model.api.JourneySummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every journey call of the client against a real engine: create, read, change, lifecycle. */
class JourneysE2ETest extends LiveEngineTestBase {

    @Test
    void createsADraftWithItsEntryNodeAndTheVersionOfTheEtag() {
        JourneyResult r =
                client.journeys()
                        .create(
                                CreateJourneyRequest.of("Credentials Onboarding", "user.created")
                                        .withEntryNode("welcome_email")
                                        .withEntryConditions(Map.of("provider", "credentials"))
                                        .withReEntryPolicy(ReEntryPolicy.RESTART));

        assertThat(r.journey().id()).startsWith("jrn_");
        assertThat(r.journey().status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(r.journey().entryNode()).isEqualTo("welcome_email");
        assertThat(r.journey().nodes()).containsOnlyKeys("welcome_email");
        assertThat(r.journey().nodes().get("welcome_email").action()).isEqualTo(Action.none());
        assertThat(r.journey().entryConditions()).isEqualTo(Map.of("provider", "credentials"));
        assertThat(r.journey().reEntryPolicy()).isEqualTo(ReEntryPolicy.RESTART);
        assertThat(r.version()).isEqualTo(r.journey().version()).isPositive();
        assertThat(r.warningsSuppressed()).isTrue();
    }

    @Test
    void namesTheEntryNodeStartWhenNoneIsGiven() {
        JourneyResult r = client.journeys().create(CreateJourneyRequest.of("Plain", "user.login"));

        assertThat(r.journey().entryNode()).isEqualTo("start");
        assertThat(r.journey().nodes()).containsOnlyKeys("start");
    }

    @Test
    void getsWhatWasCreated() {
        JourneyResult created = createJourney("welcome_email");

        JourneyResult got = client.journeys().get(created.journey().id());

        assertThat(got.journey()).isEqualTo(created.journey());
        assertThat(got.version()).isEqualTo(created.version());
    }

    @Test
    void listsJourneysFromTheItemsEnvelopeAndFiltersByStatus() {
        String draft = createJourney("a").journey().id();
        String active = createJourney("b").journey().id();
        client.journeys().activate(active);

        List<JourneySummary> all = client.journeys().list();
        List<JourneySummary> actives = client.journeys().list(JourneyStatus.ACTIVE);

        assertThat(all).extracting(JourneySummary::id).contains(draft, active);
        assertThat(actives).extracting(JourneySummary::id).contains(active).doesNotContain(draft);
        JourneySummary row = all.stream().filter(s -> s.id().equals(draft)).findFirst().get();
        assertThat(row.nodeCount()).isEqualTo(1);
        assertThat(row.entryEvent()).isEqualTo("user.created");
        assertThat(row.stats()).isNotNull();
    }

    @Test
    void patchesOnlyTheGivenFieldsAndBumpsTheVersion() {
        JourneyResult created = createJourney("welcome_email");
        String id = created.journey().id();

        JourneyResult r =
                client.journeys()
                        .update(
                                id,
                                UpdateJourneyRequest.builder()
                                        .name("Updated Onboarding")
                                        .putNode(
                                                "welcome_email",
                                                Node.of(new Action.SendEmail("welcome-email")))
                                        .putNode("done", new Node(Action.none(), true, null))
                                        .transitions(
                                                List.of(
                                                        new Transition(
                                                                "login-success",
                                                                "welcome_email",
                                                                "done",
                                                                Trigger.on("user.login"))))
                                        .build());

        assertThat(r.journey().name()).isEqualTo("Updated Onboarding");
        assertThat(r.journey().entryEvent()).isEqualTo("user.created");
        assertThat(r.journey().nodes()).containsOnlyKeys("welcome_email", "done");
        assertThat(r.journey().transitions())
                .extracting(Transition::name)
                .containsExactly("login-success");
        assertThat(r.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void removesANodeAndItsTransitionsWithANullInThePatch() {
        String id = createJourney("welcome_email").journey().id();
        client.nodes().add(id, AddNodeRequest.named("done").withTerminal(true));
        client.transitions()
                .add(
                        id,
                        AddTransitionRequest.of("welcome_email", "done", Trigger.on("user.login")));

        JourneyResult r =
                client.journeys()
                        .update(id, UpdateJourneyRequest.builder().removeNode("done").build());

        assertThat(r.journey().nodes()).containsOnlyKeys("welcome_email");
        assertThat(r.journey().transitions()).isEmpty();
    }

    @Test
    void deletesAJourney() {
        String id = createJourney("welcome_email").journey().id();

        client.journeys().delete(id);

        assertThatThrownBy(() -> client.journeys().get(id)).isInstanceOf(NotFoundException.class);
        assertThat(client.journeys().list()).extracting(JourneySummary::id).doesNotContain(id);
    }

    @Test
    void activatesPausesAndArchives() {
        String id = createJourney("welcome_email").journey().id();

        JourneyResult active = client.journeys().activate(id);
        JourneyResult paused = client.journeys().pause(id);
        JourneyResult again = client.journeys().pause(id);
        JourneyResult archived = client.journeys().archive(id);

        assertThat(active.journey().status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(active.warningsSuppressed()).isFalse();
        assertThat(paused.journey().status()).isEqualTo(JourneyStatus.PAUSED);
        assertThat(paused.warningsSuppressed()).isTrue();
        assertThat(again.version())
                .as("repeating the status changes nothing")
                .isEqualTo(paused.version());
        assertThat(archived.journey().status()).isEqualTo(JourneyStatus.ARCHIVED);
        assertThat(archived.version()).isGreaterThan(paused.version());
    }

    @Test
    void exportsAndImportsAsANewDraft() {
        String id = createJourney("welcome_email").journey().id();
        client.nodes()
                .add(
                        id,
                        AddNodeRequest.named("welcome_email")
                                .withAction(new Action.SendEmail("welcome-email")));
        client.nodes().add(id, AddNodeRequest.named("done").withTerminal(true));
        client.transitions()
                .add(
                        id,
                        AddTransitionRequest.of("welcome_email", "done", Trigger.on("user.login"))
                                .withName("login-success"));
        client.journeys().activate(id);

        ExportedJourney exported = client.journeys().export(id);
        JourneyResult imported = client.journeys().importJourney(exported);

        assertThat(exported.format()).isEqualTo(ExportedJourney.FORMAT);
        assertThat(imported.journey().id()).isNotEqualTo(id);
        assertThat(imported.journey().status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(imported.journey().definition()).isEqualTo(exported.journey());
        assertThat(client.journeys().export(imported.journey().id())).isEqualTo(exported);
    }

    @Test
    void readsAnalyticsWithEveryNodeAndTransition() {
        String id = createJourney("welcome_email").journey().id();
        client.nodes().add(id, AddNodeRequest.named("done").withTerminal(true));
        client.transitions()
                .add(
                        id,
                        AddTransitionRequest.of("welcome_email", "done", Trigger.on("user.login")));
        client.journeys().activate(id);
        enrollNewUser();

        JourneyAnalytics a = client.journeys().analytics(id);

        assertThat(a.nodes()).containsOnlyKeys("welcome_email", "done");
        assertThat(a.transitions()).containsOnlyKeys("welcome_email-to-done");
        assertThat(a.totals().enrolled()).isEqualTo(1);
        assertThat(a.nodes().get("welcome_email").current()).isEqualTo(1);
        assertThat(a.transitions().get("welcome_email-to-done").fired()).isZero();
    }

    @Test
    void readsWhereAndWhyUsersFailed() {
        String id = createJourney("welcome_email").journey().id();
        client.nodes()
                .update(
                        id,
                        "welcome_email",
                        UpdateNodeRequest.action(new Action.SendEmail("welcome-email")));
        client.journeys().activate(id);
        for (String user : List.of("nomail_1", "nomail_2")) {
            // a user the engine never saw: created bare, without an address, so the email fails
            runtime.events().system(keys.environmentId(), user, "user.created", Map.of());
        }

        JourneyFailures f = client.journeys().failures(id);

        assertThat(f.nodes())
                .containsOnlyKeys("welcome_email")
                .containsEntry(
                        "welcome_email",
                        new NodeFailures(2, List.of(new Reason("has no email address", 2))));
    }
}

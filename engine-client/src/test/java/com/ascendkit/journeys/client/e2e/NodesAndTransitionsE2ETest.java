package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.RemoveNodeOptions;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.client.transitions.UpdateTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.NodeSummary;
import com.ascendkit.journeys.model.api.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The incremental node and transition calls of the client against a real engine. */
class NodesAndTransitionsE2ETest extends LiveEngineTestBase {

    /**
     * welcome_email → (2d) nudge_1, welcome_email → (user.login) done; done terminal. The templates
     * exist: a send of a missing template would fail the user on entry.
     */
    private String wiredJourney() {
        client.templates().put(new Template("welcome-email", "Welcome!", "<p>Hi</p>", null));
        client.templates().put(new Template("login-nudge", "Still there?", null, "Log in"));
        String id = createJourney("welcome_email").journey().id();
        client.nodes()
                .add(
                        id,
                        AddNodeRequest.named("welcome_email")
                                .withAction(new Action.SendEmail("welcome-email")));
        client.nodes()
                .add(
                        id,
                        AddNodeRequest.named("nudge_1")
                                .withAction(new Action.SendEmail("login-nudge")));
        client.nodes().add(id, AddNodeRequest.named("done").withTerminal(true));
        client.transitions()
                .add(id, AddTransitionRequest.of("welcome_email", "nudge_1", Trigger.after("2d")));
        client.transitions()
                .add(
                        id,
                        AddTransitionRequest.of("welcome_email", "done", Trigger.on("user.login")));
        return id;
    }

    @Test
    void fillsInTheUntouchedEntryNode() {
        JourneyResult created = createJourney("welcome_email");

        JourneyResult r =
                client.nodes()
                        .add(
                                created.journey().id(),
                                AddNodeRequest.named("welcome_email")
                                        .withAction(new Action.SendEmail("welcome-email"))
                                        .withPosition(new Position(10, 20)));

        assertThat(r.journey().nodes()).containsOnlyKeys("welcome_email");
        assertThat(r.journey().nodes().get("welcome_email").action())
                .isEqualTo(new Action.SendEmail("welcome-email"));
        assertThat(r.journey().nodes().get("welcome_email").position())
                .isEqualTo(new Position(10, 20));
        assertThat(r.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void listsNodesWithTransitionCountsAndUsers() {
        String id = wiredJourney();

        List<NodeSummary> nodes = client.nodes().list(id);

        assertThat(nodes)
                .extracting(NodeSummary::name)
                .containsExactly("welcome_email", "nudge_1", "done");
        NodeSummary welcome = nodes.get(0);
        assertThat(welcome.transitionsOut()).isEqualTo(2);
        assertThat(welcome.transitionsIn()).isZero();
        assertThat(welcome.usersHere()).isZero();
        assertThat(nodes.get(2).terminal()).isTrue();
    }

    @Test
    void setsTheSenderWithEmailIdAndKeepsTheRestOfTheAction() {
        String id = wiredJourney();

        JourneyResult r =
                client.nodes()
                        .update(
                                id,
                                "welcome_email",
                                UpdateNodeRequest.empty().withEmailId("hello@yourapp.com"));

        assertThat(r.journey().nodes().get("welcome_email").action())
                .isEqualTo(new Action.SendEmail("welcome-email").withSender("hello@yourapp.com"));
    }

    @Test
    void renamesANodeAndItsReferencesButNotTransitionNames() {
        String id = wiredJourney();

        JourneyResult r =
                client.nodes()
                        .update(id, "welcome_email", UpdateNodeRequest.empty().withName("hello"));

        assertThat(r.journey().entryNode()).isEqualTo("hello");
        assertThat(r.journey().nodes()).containsKey("hello").doesNotContainKey("welcome_email");
        assertThat(r.journey().transitions())
                .extracting(Transition::name, Transition::from)
                .contains(org.assertj.core.groups.Tuple.tuple("welcome_email-to-nudge_1", "hello"));
    }

    @Test
    void removesANodeWithItsTransitions() {
        String id = wiredJourney();

        JourneyResult r = client.nodes().remove(id, "nudge_1");

        assertThat(r.journey().nodes()).doesNotContainKey("nudge_1");
        assertThat(r.journey().transitions())
                .extracting(Transition::name)
                .containsExactly("welcome_email-to-done");
    }

    @Test
    void movesTheUsersOfARemovedNode() {
        String id = wiredJourney();
        client.nodes()
                .add(id, AddNodeRequest.named("waiting").withAction(new Action.TagUser("moved")));
        client.journeys().activate(id);
        enrollNewUser();

        JourneyResult r =
                client.nodes()
                        .remove(id, "welcome_email", RemoveNodeOptions.moveUsersTo("waiting"));

        assertThat(r.journey().nodes()).doesNotContainKey("welcome_email");
        assertThat(client.nodes().list(id))
                .filteredOn(n -> n.name().equals("waiting"))
                .extracting(NodeSummary::usersHere)
                .containsExactly(1L);
    }

    @Test
    void exitsTheUsersOfARemovedNodeWithForce() {
        String id = wiredJourney();
        client.journeys().activate(id);
        enrollNewUser();

        JourneyResult r = client.nodes().remove(id, "welcome_email", RemoveNodeOptions.exitUsers());

        assertThat(r.journey().nodes()).containsOnlyKeys("nudge_1", "done");
        assertThat(client.nodes().list(id)).extracting(NodeSummary::usersHere).containsOnly(0L);
        assertThat(client.journeys().analytics(id).totals().exited()).isEqualTo(1);
    }

    @Test
    void namesTransitionsByDefaultAndFiltersTheList() {
        String id = wiredJourney();

        assertThat(client.transitions().list(id))
                .extracting(Transition::name)
                .containsExactly("welcome_email-to-nudge_1", "welcome_email-to-done");
        assertThat(client.transitions().list(id, null, "done"))
                .extracting(Transition::name)
                .containsExactly("welcome_email-to-done");
        assertThat(client.transitions().list(id, "nudge_1", null)).isEmpty();
    }

    @Test
    void addsANamedTransition() {
        String id = wiredJourney();
        client.nodes().add(id, AddNodeRequest.named("second"));

        JourneyResult r =
                client.transitions()
                        .add(
                                id,
                                AddTransitionRequest.of(
                                                "nudge_1", "second", Trigger.on("user.login"))
                                        .withName("login-success"));

        assertThat(r.journey().transitions())
                .extracting(Transition::name)
                .endsWith("login-success");
    }

    @Test
    void retimesAndRenamesATransition() {
        String id = wiredJourney();

        client.transitions()
                .update(
                        id,
                        "welcome_email-to-nudge_1",
                        UpdateTransitionRequest.trigger(Trigger.after("3d")));
        JourneyResult r =
                client.transitions()
                        .update(
                                id,
                                "welcome_email-to-done",
                                UpdateTransitionRequest.trigger(
                                                Trigger.on("app.completed_onboarding"))
                                        .withName("login-success"));

        assertThat(r.journey().transitions())
                .containsExactly(
                        new Transition(
                                "welcome_email-to-nudge_1",
                                "welcome_email",
                                "nudge_1",
                                new Trigger.Timer(Delay.parse("delay", "3d"))),
                        new Transition(
                                "login-success",
                                "welcome_email",
                                "done",
                                Trigger.on("app.completed_onboarding")));
    }

    @Test
    void removesATransition() {
        String id = wiredJourney();

        JourneyResult r = client.transitions().remove(id, "welcome_email-to-nudge_1");

        assertThat(r.journey().transitions())
                .extracting(Transition::name)
                .containsExactly("welcome_email-to-done");
        assertThat(r.journey().nodes()).containsKey("nudge_1");
    }
}

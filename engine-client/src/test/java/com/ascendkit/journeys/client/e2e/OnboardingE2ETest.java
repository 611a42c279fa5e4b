package com.ascendkit.journeys.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.client.transitions.UpdateTransitionRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import org.junit.jupiter.api.Test;

/**
 * The product document's onboarding walk-through (journeys-cli.txt) through the client, one call
 * after another as the CLI makes them, each with the version of the answer before it, checking the
 * warnings the engine gives back at each step: topology warnings suppressed while draft or paused,
 * reference warnings never.
 */
class OnboardingE2ETest extends LiveEngineTestBase {

    @Test
    void buildsTheOnboardingJourneyStepByStep() {
        EngineClient env = clientWith(newEnvironment().secretKey());

        JourneyResult r =
                env.journeys()
                        .create(
                                CreateJourneyRequest.of("Onboarding Flow", "user.created")
                                        .withEntryNode("welcome_email"));
        String id = r.journey().id();
        assertThat(r.warningsSuppressed()).isTrue();
        assertThat(r.warnings()).allMatch(Warning::suppressed);
        assertThat(r.visibleWarnings()).isEmpty();

        r =
                addNode(
                        env,
                        r,
                        AddNodeRequest.named("welcome_email")
                                .withAction(new Action.SendEmail("welcome-email")));
        assertThat(r.visibleWarnings())
                .extracting(Warning::code, Warning::node)
                .containsExactly(tuple(WarningCode.MISSING_TEMPLATE, "welcome_email"));

        r =
                addNode(
                        env,
                        r,
                        AddNodeRequest.named("nudge_1")
                                .withAction(new Action.SendEmail("login-nudge")));
        assertThat(codes(r, true)).contains(WarningCode.UNREACHABLE_NODE);
        assertThat(codes(r, false))
                .containsExactlyInAnyOrder(
                        WarningCode.MISSING_TEMPLATE, WarningCode.MISSING_TEMPLATE);

        r = addNode(env, r, AddNodeRequest.named("done").withTerminal(true));
        r =
                env.transitions()
                        .add(
                                id,
                                AddTransitionRequest.of(
                                        "welcome_email", "nudge_1", Trigger.after("2d")),
                                RequestOptions.ifMatch(r.version()));
        r =
                env.transitions()
                        .add(
                                id,
                                AddTransitionRequest.of(
                                        "welcome_email", "done", Trigger.on("user.login")),
                                RequestOptions.ifMatch(r.version()));
        assertThat(r.journey().transitions())
                .extracting(Transition::name)
                .containsExactly("welcome_email-to-nudge_1", "welcome_email-to-done");
        assertThat(r.warnings())
                .filteredOn(w -> w.code() == WarningCode.DEAD_END)
                .extracting(Warning::node, Warning::suppressed)
                .containsExactly(tuple("nudge_1", true));

        env.templates().put(new Template("welcome-email", "Welcome!", "<p>Hi</p>", null));
        env.templates().put(new Template("login-nudge", "Still there?", null, "Log in"));
        r = env.journeys().get(id);
        assertThat(r.visibleWarnings()).isEmpty();

        r =
                env.nodes()
                        .update(
                                id,
                                "welcome_email",
                                UpdateNodeRequest.action(
                                        new Action.SendEmail(
                                                "welcome-email", "onboarding-nps", null, null)),
                                RequestOptions.ifMatch(r.version()));
        assertThat(codes(r, false)).containsExactly(WarningCode.MISSING_SURVEY);
        env.surveys().put(new Survey("onboarding-nps", "How was it?", "https://example.com/nps"));

        r =
                env.nodes()
                        .update(
                                id,
                                "welcome_email",
                                UpdateNodeRequest.empty().withEmailId("hello@yourapp.com"),
                                RequestOptions.ifMatch(r.version()));
        assertThat(r.journey().nodes().get("welcome_email").action())
                .isEqualTo(
                        new Action.SendEmail(
                                "welcome-email", "onboarding-nps", "hello@yourapp.com", null));
        assertThat(codes(r, false)).containsExactly(WarningCode.UNVERIFIED_SENDER);
        env.identities().create("hello@yourapp.com", "Your App");
        env.identities().verify("hello@yourapp.com");

        r =
                env.transitions()
                        .update(
                                id,
                                "welcome_email-to-nudge_1",
                                UpdateTransitionRequest.trigger(Trigger.after("3d")),
                                RequestOptions.ifMatch(r.version()));
        assertThat(r.visibleWarnings()).isEmpty();

        r = env.journeys().activate(id, RequestOptions.ifMatch(r.version()));
        assertThat(r.journey().status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(r.warningsSuppressed()).isFalse();
        assertThat(r.visibleWarnings())
                .extracting(Warning::code, Warning::node)
                .containsExactly(tuple(WarningCode.DEAD_END, "nudge_1"));

        r = env.journeys().pause(id, RequestOptions.ifMatch(r.version()));
        assertThat(r.visibleWarnings()).isEmpty();

        r =
                env.nodes()
                        .remove(
                                id,
                                "nudge_1",
                                com.ascendkit.journeys.client.nodes.RemoveNodeOptions.none(),
                                RequestOptions.ifMatch(r.version()));
        assertThat(r.journey().transitions())
                .extracting(Transition::name)
                .containsExactly("welcome_email-to-done");
        assertThat(r.warnings()).isEmpty();
    }

    private static JourneyResult addNode(EngineClient env, JourneyResult at, AddNodeRequest node) {
        return env.nodes().add(at.journey().id(), node, RequestOptions.ifMatch(at.version()));
    }

    private static java.util.List<WarningCode> codes(JourneyResult r, boolean suppressed) {
        return r.warnings().stream()
                .filter(w -> w.suppressed() == suppressed)
                .map(Warning::code)
                .toList();
    }
}

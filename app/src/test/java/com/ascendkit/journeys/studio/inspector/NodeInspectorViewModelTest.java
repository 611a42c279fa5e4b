package com.ascendkit.journeys.studio.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Identity;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.editing.Selection;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeInspectorViewModelTest {
    private final StudioFixture f = new StudioFixture();
    private final InspectorViewModel inspector = f.studio.inspector();
    private final NodeInspectorViewModel node = inspector.node();

    @Test
    void showsTheSelectedNodeWithoutSendingAnything() {
        f.studio.selection().select(Selection.node("start"));

        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.NODE);
        assertThat(node.nameProperty().get()).isEqualTo("start");
        assertThat(node.entryProperty().get()).isTrue();
        assertThat(f.gateway.calls()).isEmpty();
    }

    @Test
    void renamingUpdatesReferencesAndKeepsTheNodeSelected() {
        f.studio.canvas().steps().addNode("none", new com.ascendkit.journeys.model.Position(0, 0));
        f.studio.canvas().connections().connect("start", "step", Trigger.after("1d"));
        f.studio.selection().select(Selection.node("start"));

        node.nameProperty().set("welcome");
        node.commitName();

        assertThat(f.stored().entryNode()).isEqualTo("welcome");
        assertThat(f.stored().transitions().get(0).from()).isEqualTo("welcome");
        assertThat(f.studio.selection().get()).isEqualTo(Selection.node("welcome"));
    }

    @Test
    void anInvalidNameIsExplainedAndNotSent() {
        f.studio.selection().select(Selection.node("start"));

        node.nameProperty().set("no spaces");
        node.commitName();

        assertThat(node.errorProperty().get()).startsWith("a space can't be used in a step name");
        assertThat(f.gateway.calls()).isEmpty();
    }

    @Test
    void choosingSendEmailSendsNothingUntilATemplateIsChosen() {
        f.studio.selection().select(Selection.node("start"));

        node.actionTypeProperty().set(ActionType.SEND_EMAIL);
        node.commitAction();

        assertThat(f.gateway.calls()).isEmpty();
        assertThat(node.errorProperty().get()).isEmpty();
        assertThat(node.templateHintProperty().get()).isEqualTo("Choose the email this step sends");
    }

    @Test
    void choosingATemplateSendsItAndTellsWhetherTheSenderIsVerified() {
        f.studio.selection().select(Selection.node("start"));

        node.actionTypeProperty().set(ActionType.SEND_EMAIL);
        node.templateSlugProperty().set("welcome");
        node.senderProperty().set("new@example.com");
        node.commitAction();

        assertThat(f.stored().nodes().get("start").action())
                .isEqualTo(new Action.SendEmail("welcome", null, "new@example.com", null));
        assertThat(node.senderStatusProperty().get()).startsWith("Not verified");
        assertThat(node.templateHintProperty().get()).isEqualTo("Subject: Welcome");
    }

    @Test
    void editingTheDelayOfATransitionSendsItOnlyWhenValid() {
        f.studio.canvas().steps().addNode("none", new com.ascendkit.journeys.model.Position(0, 0));
        f.studio.canvas().connections().connect("start", "step", Trigger.after("1d"));
        TransitionInspectorViewModel t = inspector.transition();
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.TRANSITION);
        f.gateway.clearCalls();

        t.trigger().delayProperty().set("3 days");
        t.commit();
        assertThat(f.gateway.calls()).isEmpty();

        t.trigger().delayProperty().set("3d");
        t.commit();
        assertThat(f.stored().transitions().get(0).trigger()).isEqualTo(Trigger.after("3d"));
    }

    @Test
    void aNewSenderIsAddedUnverifiedAndTheStepSendsFromIt() {
        startSendsWelcome();
        f.dialogs.newIdentity = Optional.of(new Identity("team@example.com", "The team", false));

        node.newIdentity();

        assertThat(f.client.identities().list())
                .anySatisfy(
                        i -> {
                            assertThat(i.email()).isEqualTo("team@example.com");
                            assertThat(i.verified()).isFalse();
                        });
        assertThat(f.stored().nodes().get("start").action())
                .isEqualTo(new Action.SendEmail("welcome", null, "team@example.com", null));
        assertThat(node.senderStatusProperty().get()).startsWith("Not verified");
    }

    @Test
    void aNewSurveyIsStoredAndLinkedFromTheStep() {
        startSendsWelcome();
        f.dialogs.newSurvey =
                Optional.of(
                        new Survey(
                                "onboarding-nps", "How was it?", "https://forms.example.com/nps"));

        node.newSurvey();

        assertThat(f.client.surveys().get("onboarding-nps").title()).isEqualTo("How was it?");
        assertThat(f.stored().nodes().get("start").action())
                .isEqualTo(new Action.SendEmail("welcome", "onboarding-nps", null, null));
    }

    @Test
    void aSenderTheEngineRefusesIsExplainedAndNothingIsLinked() {
        startSendsWelcome();
        f.dialogs.newIdentity = Optional.of(new Identity("not-an-address", "x", false));

        node.newIdentity();

        assertThat(node.errorProperty().get()).startsWith("Could not add the sender: ");
        assertThat(f.stored().nodes().get("start").action())
                .isEqualTo(new Action.SendEmail("welcome"));
    }

    /** The entry step sends the fixture's welcome email. */
    private void startSendsWelcome() {
        f.studio.selection().select(Selection.node("start"));
        node.actionTypeProperty().set(ActionType.SEND_EMAIL);
        node.templateSlugProperty().set("welcome");
        node.commitAction();
    }
}

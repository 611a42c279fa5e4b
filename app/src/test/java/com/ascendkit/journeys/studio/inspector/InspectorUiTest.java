package com.ascendkit.journeys.studio.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.StudioWindow;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector in a real window over a real engine: the send_email step's pickers offer the
 * environment's templates (also after a garbage collection, and when made elsewhere while the
 * window is open) and choose none for the marketer; choices commit; names are explained in words;
 * Escape puts back the last good value.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorUiTest {
    private StudioWindow window;
    private EngineClient cli;
    private String journeyId;

    @Start
    void start(Stage stage) {
        window =
                new StudioWindow(
                        stage,
                        new ScriptedDialogs(),
                        1280,
                        800,
                        () -> {
                            // what four launches of four did by chance before the lists arrived
                            System.gc();
                            System.gc();
                        });
        cli = window.cli;
        // alphabetically first, and not the email the welcome step should send
        cli.templates().put(new Template("a-winback", "We miss you", "<p>Come back</p>", null));
        cli.templates().put(new Template("welcome-email", "Welcome aboard", "<p>Hi</p>", null));
        journeyId =
                cli.journeys()
                        .create(CreateJourneyRequest.of("Onboarding", "user.created"))
                        .journey()
                        .id();
        long v =
                cli.nodes()
                        .update(
                                journeyId,
                                "start",
                                UpdateNodeRequest.empty().withPosition(new Position(40, 40)))
                        .version();
        cli.nodes()
                .add(
                        journeyId,
                        AddNodeRequest.named("tag")
                                .withAction(new Action.TagUser("vip"))
                                .withPosition(new Position(400, 40)),
                        RequestOptions.ifMatch(v));
        window.studio.catalog().refresh();
        window.studio.session().open(journeyId);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    private void settle() throws TimeoutException {
        window.settle();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> templateBox(FxRobot robot) {
        return robot.lookup("#node-template").queryAs(ComboBox.class);
    }

    private Action storedAction(String node) {
        return cli.journeys().get(journeyId).journey().nodes().get(node).action();
    }

    private void chooseSendEmail(FxRobot robot) throws TimeoutException {
        robot.clickOn("#card-tag");
        settle();
        robot.clickOn("#node-action-type").clickOn(choice(robot, "Send email"));
        settle();
    }

    /** An item of the open combo box's list (the palette has a button of the same text). */
    private static ListCell<?> choice(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> text.equals(c.getText()))
                .queryAs(ListCell.class);
    }

    @Test
    void offersTheEnvironmentsTemplatesAfterAGarbageCollection(FxRobot robot)
            throws TimeoutException {
        settle();
        chooseSendEmail(robot);

        assertThat(templateBox(robot).getItems()).containsExactly("a-winback", "welcome-email");
        assertThat(cli.journeys().get(journeyId).journey().nodes())
                .containsOnlyKeys("start", "tag");
    }

    @Test
    void offersATemplateMadeElsewhereWhileTheWindowIsOpenWhenThePickerOpens(FxRobot robot)
            throws TimeoutException {
        settle();
        chooseSendEmail(robot);
        cli.templates().put(new Template("login-nudge", "Still there?", "<p>Log in</p>", null));

        robot.clickOn("#node-template");
        settle();

        assertThat(templateBox(robot).getItems()).contains("login-nudge");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void choosesNoTemplateForTheMarketerAndSendsTheOneChosen(FxRobot robot)
            throws TimeoutException {
        settle();
        chooseSendEmail(robot);

        assertThat(storedAction("tag")).isEqualTo(new Action.TagUser("vip"));
        assertThat(robot.lookup("#node-template-hint").queryAs(Label.class).getText())
                .isEqualTo("Choose the email this step sends");

        robot.clickOn("#node-template").clickOn("Welcome aboard");
        settle();

        assertThat(storedAction("tag")).isEqualTo(new Action.SendEmail("welcome-email"));
        assertThat(robot.lookup("#node-template-hint").queryAs(Label.class).getText())
                .isEqualTo("Subject: Welcome aboard");
    }

    @Test
    void aChosenReEntryPolicyIsSentAndShownAsAWord(FxRobot robot) throws TimeoutException {
        settle();
        robot.clickOn("#journey-reentry").clickOn(choice(robot, "Restart"));
        settle();

        assertThat(cli.journeys().get(journeyId).journey().reEntryPolicy())
                .isEqualTo(ReEntryPolicy.RESTART);
        assertThat(robot.lookup("#journey-reentry .list-cell").queryAs(ListCell.class).getText())
                .isEqualTo("Restart");
    }

    @Test
    void aRefusedStepNameNamesTheCharacterAndEscapePutsBackTheName(FxRobot robot)
            throws TimeoutException {
        settle();
        robot.clickOn("#card-tag");
        settle();

        robot.doubleClickOn("#node-name").eraseText(3).write("café").type(KeyCode.ENTER);
        assertThat(robot.lookup("#node-error").queryAs(Label.class).getText())
                .startsWith("'é' can't be used in a step name");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#node-name").queryAs(TextField.class).getText()).isEqualTo("tag");
        assertThat(robot.lookup("#node-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#node-name").query().isFocused()).isTrue();
        settle();
        assertThat(cli.journeys().get(journeyId).journey().nodes()).containsKey("tag");
    }

    @Test
    void countsAreWrittenWithTheirPluralForms(FxRobot robot) throws TimeoutException {
        settle();

        assertThat(robot.lookup("#warnings-summary").queryAs(Label.class).getText())
                .isEqualTo("4 hints");
    }

    @Test
    void aNewEmailWrittenFromThePickerIsTheOneTheStepSends(FxRobot robot) throws TimeoutException {
        settle();
        chooseSendEmail(robot);

        robot.clickOn("#node-new-template");
        settle();
        robot.clickOn("#template-slug").write("login-nudge");
        robot.clickOn("#template-subject").write("Still there?");
        robot.clickOn("#template-text").write("Log in");
        robot.clickOn("#template-save");
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> storedAction("tag").equals(new Action.SendEmail("login-nudge")));

        assertThat(cli.templates().get("login-nudge").subject()).isEqualTo("Still there?");
    }
}

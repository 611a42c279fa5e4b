package com.ascendkit.journeys.studio.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.StudioWindow;
import com.ascendkit.journeys.studio.dialogs.FxDialogs;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** New journey, in one dialog: name, entry event and the first step with its email. */
@ExtendWith(ApplicationExtension.class)
class NewJourneyUiTest {
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(stage, new FxDialogs(() -> stage), 1280, 800, () -> {});
        window.cli
                .templates()
                .put(new Template("welcome-email", "Welcome aboard", "<p>Hi</p>", null));
        window.studio.catalog().refresh();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    private Journey onlyJourney() {
        List<JourneySummary> all = window.cli.journeys().list();
        assertThat(all).hasSize(1);
        return window.cli.journeys().get(all.get(0).id()).journey();
    }

    /**
     * Opens the dialog and points the robot's typing at it, as a keyboard types into the focused
     * window (the robot otherwise types into the window it last clicked in).
     */
    private void openDialog(FxRobot robot) throws TimeoutException {
        robot.clickOn("#new-journey");
        window.settle();
        robot.targetWindow(robot.lookup("#new-journey-name").query().getScene().getWindow());
    }

    @Test
    void makesTheJourneyWithItsFirstStepAndEmailInOneDialog(FxRobot robot) throws TimeoutException {
        window.settle();

        openDialog(robot);
        robot.write("Onboarding Flow"); // the name has the focus
        robot.clickOn("#new-journey-step-name").write("welcome_email");
        robot.clickOn("#new-journey-template")
                .clickOn(
                        robot.lookup(".combo-box-popup .list-cell")
                                .match((ListCell<?> c) -> "welcome-email".equals(c.getItem()))
                                .queryAs(ListCell.class));
        robot.type(KeyCode.ENTER);
        window.settle();

        Journey j = onlyJourney();
        assertThat(j.name()).isEqualTo("Onboarding Flow");
        assertThat(j.entryEvent()).isEqualTo("user.created");
        assertThat(j.entryNode()).isEqualTo("welcome_email");
        assertThat(j.nodes()).containsOnlyKeys("welcome_email");
        assertThat(j.nodes().get("welcome_email").action())
                .isEqualTo(new Action.SendEmail("welcome-email"));
        assertThat(robot.lookup("#card-welcome_email").tryQuery()).isPresent();
    }

    @Test
    void aWrongStepNameIsExplainedAndTheDialogStaysOpen(FxRobot robot) throws TimeoutException {
        window.settle();

        openDialog(robot);
        robot.write("Café onboarding");
        robot.clickOn("#new-journey-step-name").write("café");
        robot.type(KeyCode.ENTER);
        window.settle();

        assertThat(robot.lookup("#new-journey-error").queryAs(Label.class).getText())
                .startsWith("'é' can't be used in a step name");
        assertThat(window.cli.journeys().list()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }
}

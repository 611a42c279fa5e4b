package com.ascendkit.journeys.studio.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.StudioWindow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sender picker's "New…" in a real window with the real dialog, over a real engine. */
@ExtendWith(ApplicationExtension.class)
class CatalogEntryDialogsUiTest {
    private StudioWindow window;
    private String journeyId;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(stage, new FxDialogs(() -> stage), 1280, 800, () -> {});
        window.cli.templates().put(new Template("welcome", "Welcome", "<p>Hi</p>", null));
        journeyId =
                window.cli
                        .journeys()
                        .create(CreateJourneyRequest.of("Onboarding", "user.created"))
                        .journey()
                        .id();
        window.cli
                .nodes()
                .update(
                        journeyId,
                        "start",
                        UpdateNodeRequest.action(new Action.SendEmail("welcome"))
                                .withPosition(new Position(40, 40)));
        window.studio.catalog().refresh();
        window.studio.session().open(journeyId);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void aWrongAddressIsExplainedInTheDialogThenTheRightOneIsSentFrom(FxRobot robot)
            throws TimeoutException {
        window.settle();
        robot.clickOn("#card-start");
        window.settle();

        robot.clickOn("#node-new-sender");
        window.settle();
        robot.clickOn("#new-identity-email").write("team-at-example.com").type(KeyCode.ENTER);
        assertThat(robot.lookup("#catalog-entry-error").queryAs(Label.class).getText())
                .isEqualTo("Type the address emails are sent from, such as hello@example.com");

        robot.doubleClickOn("#new-identity-email")
                .eraseText(19)
                .write("team@example.com")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () ->
                        window.cli
                                .journeys()
                                .get(journeyId)
                                .journey()
                                .nodes()
                                .get("start")
                                .action()
                                .equals(
                                        new Action.SendEmail(
                                                "welcome", null, "team@example.com", null)));
        window.settle();

        assertThat(robot.lookup("#node-sender-status").queryAs(Label.class).getText())
                .startsWith("Not verified");
    }
}

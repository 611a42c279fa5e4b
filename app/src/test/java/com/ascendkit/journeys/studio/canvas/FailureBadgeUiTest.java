package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.studio.StudioWindow;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Failures on the canvas, over a real engine whose run-time really fails users: an active journey
 * whose entry step sends an email, entered on {@code user.created} by users without an address. The
 * step's card shows a failure badge (with the analytics overlay off), its tooltip and the inspector
 * say why in words.
 */
@ExtendWith(ApplicationExtension.class)
class FailureBadgeUiTest {
    private StudioWindow window;
    private EngineClient cli;
    private String journeyId;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(stage, new ScriptedDialogs(), 1280, 800, () -> {});
        cli = window.cli;
        cli.templates().put(new Template("welcome-email", "Welcome aboard", "<p>Hi</p>", null));
        journeyId =
                cli.journeys()
                        .create(
                                CreateJourneyRequest.of("Onboarding", "user.created")
                                        .withEntryNode("welcome_email"))
                        .journey()
                        .id();
        cli.nodes()
                .update(
                        journeyId,
                        "welcome_email",
                        UpdateNodeRequest.action(new Action.SendEmail("welcome-email"))
                                .withPosition(new Position(80, 80)));
        cli.journeys().activate(journeyId);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    /** A user the engine never saw signs up: created bare, without an email address. */
    private void signUpWithoutAddress(String userId) {
        cli.events().system(SystemEvent.of(userId, "user.created"));
    }

    private void open() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.studio.session().open(journeyId)).get();
        window.settle();
    }

    private static Label badge(FxRobot robot) {
        return robot.lookup("#failures-welcome_email").queryAs(Label.class);
    }

    @Test
    void showsWhereAndWhyUsersFailedWhenTheJourneyOpens(FxRobot robot) throws Exception {
        for (int i = 1; i <= 3; i++) {
            signUpWithoutAddress("nomail_" + i);
        }

        open();

        assertThat(window.studio.analytics().shownProperty().get()).isFalse();
        Label badge = badge(robot);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("✕ 3");
        assertThat(badge.getTooltip().getText()).isEqualTo("3 users have no email address");
        robot.clickOn("#card-welcome_email");
        window.settle();
        Label inspector = robot.lookup("#node-failures").queryAs(Label.class);
        assertThat(inspector.isVisible()).isTrue();
        assertThat(inspector.getText()).isEqualTo("3 users have no email address");
    }

    @Test
    void showsAFailureTheStreamTellsOfWhileTheJourneyIsOpen(FxRobot robot) throws Exception {
        cli.users().put("ada", UpsertUserRequest.email("ada@example.com"));
        cli.events().system(SystemEvent.of("ada", "user.created"));
        WaitForAsyncUtils.asyncFx(() -> window.studio.feed().start()).get();
        open();
        assertThat(robot.lookup("#failures-welcome_email").tryQuery()).isEmpty();

        signUpWithoutAddress("nomail");

        // the stream's analytics event comes within about a second (the engine coalesces them)
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#failures-welcome_email").tryQuery().isPresent());
        window.settle();
        Label badge = badge(robot);
        assertThat(badge.getText()).isEqualTo("✕ 1");
        assertThat(badge.getTooltip().getText()).isEqualTo("1 user has no email address");
    }
}

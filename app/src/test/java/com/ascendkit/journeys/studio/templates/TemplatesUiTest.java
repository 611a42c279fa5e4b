package com.ascendkit.journeys.studio.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.email.OutboxMessage;
import com.ascendkit.journeys.client.email.OutboxQuery;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.MainView;
import com.ascendkit.journeys.studio.Studio;
import com.ascendkit.journeys.studio.StudioTheme;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.RecordingGateway;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Templates window in the real editor window, driven by a robot (clicks, typed text), headless,
 * over a real engine on a random port without an SMTP server. The preview waits for the engine's
 * answer, not for a time: each check waits until the label says it (or fails after 10 s).
 */
@ExtendWith(ApplicationExtension.class)
class TemplatesUiTest {
    @TempDir Path dataDir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestEngine engine;
    private TestEngine.Environment env;
    private EngineClient cli;
    private FxTaskExecutor executor;
    private Studio studio;
    private MainView main;

    @Start
    void start(Stage stage) {
        engine = TestEngine.start(dataDir);
        env = engine.newEnvironment();
        cli = engine.client(env);
        cli.templates().put(new Template("welcome", "Welcome", "<p>Hello</p>", null));
        engine.systemEvent(env, "u-no-name", "user.created"); // a user whose profile has no name
        executor = new FxTaskExecutor();
        studio =
                new Studio(
                        new RecordingGateway(engine.gateway(env)),
                        executor,
                        dialogs,
                        JourneyValidator.standard());
        main = new MainView(studio);
        Scene scene = new Scene(main.root(), 1280, 800);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        studio.start();
    }

    @AfterEach
    void stop() {
        executor.close();
        engine.close();
    }

    @Test
    void createsATemplateByTypingAndPreviewsItForTheSampleProfileAndForAUser(FxRobot robot)
            throws TimeoutException {
        openFromTheMenu(robot);

        robot.clickOn("#template-new");
        robot.clickOn("#template-slug").write("welcome-email");
        robot.clickOn("#template-subject").write("Welcome, {{ name | default: \"there\" }}!");
        robot.clickOn("#template-html").write("<p>Hello {{ name | default: \"there\" }}</p>");

        waitUntil(() -> text(robot, "#preview-subject").equals("Welcome, Ada!"));
        waitUntil(() -> text(robot, "#preview-html-text").equals("Hello Ada"));
        robot.clickOn("#preview-user").write("u-no-name");
        waitUntil(() -> text(robot, "#preview-subject").equals("Welcome, there!"));
        robot.clickOn("#template-save");
        waitUntil(() -> studio.catalog().templateExists("welcome-email"));

        assertThat(cli.templates().get("welcome-email").html())
                .isEqualTo("<p>Hello {{ name | default: \"there\" }}</p>");
        assertThat(text(robot, "#template-message")).isEqualTo("Saved 'welcome-email'.");
        assertThat(robot.lookup("#template-item-welcome-email").tryQuery()).isPresent();
    }

    @Test
    void showsALiquidSyntaxErrorWithItsLineNextToTheHtmlBody(FxRobot robot)
            throws TimeoutException {
        openFromTheMenu(robot);
        robot.clickOn("#template-item-welcome");

        robot.clickOn("#template-html");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER).write("<p>{{ name </p>");

        waitUntil(() -> text(robot, "#template-html-error").contains("on line 2"));
        assertThat(text(robot, "#template-html-error"))
                .startsWith("The HTML body is not valid Liquid on line 2, column");
        assertThat(robot.lookup("#template-html-error").query().isVisible()).isTrue();
    }

    @Test
    void sendsATestIntoTheOutboxAndDeletesTheTemplate(FxRobot robot) throws TimeoutException {
        openFromTheMenu(robot);
        robot.clickOn("#template-item-welcome");

        robot.clickOn("#test-address").write("me@example.com");
        robot.clickOn("#test-send");
        waitUntil(() -> text(robot, "#test-result").startsWith("No SMTP server is configured"));
        assertThat(cli.outbox().listAll(OutboxQuery.all()))
                .extracting(OutboxMessage::to, OutboxMessage::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("me@example.com", "Welcome"));

        robot.clickOn("#template-delete");
        waitUntil(() -> text(robot, "#template-message").equals("Deleted 'welcome'."));
        assertThat(dialogs.asked).singleElement().asString().contains("No journey sends 'welcome'");
        assertThat(cli.templates().list()).isEmpty();
        assertThat(robot.lookup("#template-item-welcome").tryQuery()).isEmpty();
    }

    @Test
    void openNewGivesTheNameOfTheSavedEmailToItsCaller(FxRobot robot) throws Exception {
        settle();
        List<String> created = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(
                        () ->
                                main.templates()
                                        .openNew(main.root().getScene().getWindow(), created::add))
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#template-slug").write("login-nudge");
        robot.clickOn("#template-subject").write("We miss you");
        robot.clickOn("#template-text").write("Come back");
        robot.clickOn("#template-save");

        waitUntil(() -> created.equals(List.of("login-nudge")));
        assertThat(cli.templates().get("login-nudge").text()).isEqualTo("Come back");
    }

    private void openFromTheMenu(FxRobot robot) throws TimeoutException {
        settle();
        robot.clickOn("View");
        robot.clickOn("Email templates…");
        waitUntil(() -> robot.lookup("#template-item-welcome").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        if (node instanceof Labeled l) {
            return l.getText();
        }
        return ((javafx.scene.control.TextInputControl) node).getText();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> executor.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}

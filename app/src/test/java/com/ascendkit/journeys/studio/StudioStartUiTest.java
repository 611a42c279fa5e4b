package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.studio.background.FakeServiceCommands;
import com.ascendkit.journeys.studio.background.ServiceAccess;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.connection.keys.RemoteKeys;
import com.ascendkit.journeys.studio.settings.StudioSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.toolkit.impl.ApplicationLauncherImpl;
import org.testfx.toolkit.impl.ApplicationServiceImpl;
import org.testfx.toolkit.impl.ToolkitServiceImpl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application as the installers start it, {@link StudioApplication} with its command
 * line, headless, against a real engine (on a random port, over an H2 file in a temporary
 * directory), joined as the window joins a running engine. The machine's parts are the test's: its
 * settings file, and the {@code ascendkit} process replaced by {@link FakeServiceCommands}, so no
 * service is installed.
 */
class StudioStartUiTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private final ObjectMapper json = new ObjectMapper();
    private TestEngine engine;
    private TestEngine.Environment env;
    private EngineClient cli;
    private StudioApplication app;
    private String onboarding;

    @BeforeEach
    void engine() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        engine = TestEngine.start(dir.resolve("data"));
        env = engine.newEnvironment();
        cli = engine.client(env);
        onboarding =
                cli.journeys()
                        .create(CreateJourneyRequest.of("Onboarding", "user.created"))
                        .journey()
                        .id();
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        engine.close();
    }

    /** Starts the application with {@code args}, as the launcher would, and waits until idle. */
    private void launch(ServiceAccess service, String... args) throws Exception {
        StudioApplication started =
                new StudioApplication(
                        new StudioApplication.Machine(
                                () -> engine.connection(env),
                                () -> StudioSettings.at(dir.resolve("settings.json")),
                                () -> RemoteKeys.file(dir.resolve("remote-keys")),
                                () -> service));
        // FxToolkit's own setupApplication passes no arguments to an application it is given
        new ToolkitServiceImpl(new ApplicationLauncherImpl(), new ApplicationServiceImpl())
                .setupApplication(
                        () -> FxToolkit.toolkitContext().getRegisteredStage(),
                        () -> (Application) started,
                        args)
                .get(30, TimeUnit.SECONDS);
        app = started;
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(started::executor).get() != null);
        settle();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> app.executor().runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A journey "Welcome series" (start → tag) exported to a file, then deleted from the engine.
     */
    private Path exportedJourney(String fileName) throws Exception {
        Journey j =
                cli.journeys()
                        .create(CreateJourneyRequest.of("Welcome series", "user.created"))
                        .journey();
        long v =
                cli.nodes()
                        .update(
                                j.id(),
                                "start",
                                UpdateNodeRequest.empty().withPosition(new Position(40, 40)))
                        .version();
        cli.nodes()
                .add(
                        j.id(),
                        AddNodeRequest.named("tag")
                                .withAction(new Action.TagUser("vip"))
                                .withPosition(new Position(400, 40)),
                        RequestOptions.ifMatch(v));
        Path file = dir.resolve(fileName);
        Files.writeString(
                file,
                json.writeValueAsString(cli.journeys().export(j.id())),
                StandardCharsets.UTF_8);
        cli.journeys().delete(j.id());
        return file;
    }

    private Journey shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.studio().session().journeyProperty().get())
                .get();
    }

    private String notice() {
        Node bar = robot.lookup("#notice").query();
        return bar.isVisible() ? robot.lookup("#notice-text").queryAs(Label.class).getText() : "";
    }

    private List<String> listed() {
        ListView<?> list = robot.lookup("#journey-list").queryAs(ListView.class);
        return list.getItems().stream().map(s -> ((JourneySummary) s).name()).toList();
    }

    @Test
    void opensTheJourneyFileItWasStartedWithAsANewDraftOnTheCanvas() throws Exception {
        Path file = exportedJourney("welcome.journey.json");

        launch(ServiceAccess.notInstalled(), "--an-option-it-does-not-know", file.toString());

        Journey opened = shown();
        assertThat(opened.name()).isEqualTo("Welcome series");
        assertThat(opened.status().wireName()).isEqualTo("draft");
        assertThat(cli.journeys().list())
                .extracting(JourneySummary::name)
                .containsExactlyInAnyOrder("Onboarding", "Welcome series");
        assertThat(listed()).containsExactlyInAnyOrder("Onboarding", "Welcome series");
        assertThat(robot.lookup("#journey-title").queryAs(Label.class).getText())
                .isEqualTo("Welcome series");
        assertThat(robot.lookup("#card-start").tryQuery()).isPresent();
        assertThat(robot.lookup("#card-tag").tryQuery()).isPresent();
        assertThat(notice()).isEqualTo("Made the draft 'Welcome series'");
    }

    @Test
    void aBrokenFileIsNamedImportsNothingAndTheWindowStartsAsUsual() throws Exception {
        Path file = dir.resolve("broken.journey.json");
        Files.writeString(file, "{\"format\": \"journey/1\", \"jorney\": {}}");

        launch(ServiceAccess.notInstalled(), file.toString());

        assertThat(notice())
                .startsWith(
                        "Could not import broken.journey.json: broken.journey.json is not an"
                                + " exported journey")
                .contains("jorney");
        assertThat(cli.journeys().list())
                .extracting(JourneySummary::id)
                .containsExactly(onboarding);
        assertThat(listed()).containsExactly("Onboarding");
        assertThat(shown().id()).isEqualTo(onboarding); // what it opens at any start
    }

    @Test
    void severalFilesAreEachImportedAndTheLastIsOpened() throws Exception {
        Path first = exportedJourney("first.journey.json");
        Path second = dir.resolve("second.journey.json");
        Files.writeString(
                second,
                Files.readString(first, StandardCharsets.UTF_8)
                        .replace("\"Welcome series\"", "\"Second\""),
                StandardCharsets.UTF_8);

        launch(ServiceAccess.notInstalled(), first.toString(), second.toString());

        assertThat(shown().name()).isEqualTo("Second");
        assertThat(listed()).containsExactlyInAnyOrder("Onboarding", "Welcome series", "Second");
        assertThat(notice())
                .isEqualTo("Made the drafts 'Welcome series', 'Second'; the last one is open");
    }

    @Test
    void theBackgroundServiceIsOfferedOnTheFirstRunOnlyUntilAnswered() throws Exception {
        FakeServiceCommands commands = new FakeServiceCommands();

        launch(ServiceAccess.available(commands));

        assertThat(robot.lookup("#service-offer").query().isVisible()).isTrue();
        assertThat(robot.lookup("#service-offer-text").queryAs(Label.class).getText())
                .startsWith("Keep journeys running when Journey Studio is closed?");
        robot.clickOn("#service-offer-not-now");
        settle();
        assertThat(robot.lookup("#service-offer").query().isVisible()).isFalse();
        assertThat(commands.ran()).containsExactly("status");

        FxToolkit.cleanupApplication(app);
        launch(ServiceAccess.available(commands));

        assertThat(robot.lookup("#service-offer").query().isVisible()).isFalse();
        assertThat(commands.ran()).containsExactly("status"); // not even asked again
        assertThat(shown().id()).isEqualTo(onboarding);
    }

    @Test
    void installFromTheOfferRunsTheCommandAndSaysWhyItFailed() throws Exception {
        FakeServiceCommands commands =
                new FakeServiceCommands()
                        .answer(
                                "install",
                                1,
                                "error: Wrote systemd user unit journey-engine.service\nThe"
                                        + " service is not running: systemctl --user daemon-reload"
                                        + " failed (Failed to connect to bus).");

        launch(ServiceAccess.available(commands));
        robot.clickOn("#service-offer-install");
        settle();

        assertThat(commands.ran()).containsExactly("status", "install", "status");
        assertThat(robot.lookup("#service-offer").query().isVisible()).isFalse();
        assertThat(notice())
                .isEqualTo(
                        "Could not run the engine in the background: Wrote systemd user unit"
                                + " journey-engine.service\nThe service is not running: systemctl"
                                + " --user daemon-reload failed (Failed to connect to bus).");
        assertThat(StudioSettings.at(dir.resolve("settings.json")).serviceOffered()).isTrue();
    }

    @Test
    void theMenuItemShowsTheStatusAndUninstalls() throws Exception {
        FakeServiceCommands commands =
                new FakeServiceCommands()
                        .answer(
                                "status",
                                0,
                                "systemd user unit journey-engine.service: installed\nstate:"
                                        + " active");

        launch(ServiceAccess.available(commands));
        assertThat(robot.lookup("#service-offer").query().isVisible()).isFalse();
        robot.clickOn("#file-menu").clickOn("#background-service");
        settle();

        assertThat(robot.lookup("#service-status").queryAs(Label.class).getText())
                .isEqualTo("systemd user unit journey-engine.service: installed\nstate: active");
        robot.clickOn("#service-uninstall");
        settle();
        assertThat(commands.ran()).containsExactly("status", "status", "uninstall", "status");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void whenNotInstalledThereIsNoOfferAndTheMenuItemIsOffWithATooltipSayingWhy() throws Exception {
        launch(ServiceAccess.notInstalled());

        assertThat(robot.lookup("#service-offer").query().isVisible()).isFalse();
        MenuItem item =
                robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                        .flatMap(m -> m.getItems().stream())
                        .filter(i -> "background-service".equals(i.getId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(item.isDisable()).isTrue();
        robot.clickOn("#file-menu").moveTo("#background-service-label");
        Label label = robot.lookup("#background-service-label").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label.getTooltip().isShowing());
        assertThat(label.getTooltip().getText())
                .isEqualTo(
                        "Only the installed Journey Studio can do this: this one was started from"
                                + " a build. From a terminal: ascendkit engine service install");
        robot.clickOn("#background-service-label"); // disabled: nothing happens, menu stays
        settle();
        assertThat(robot.lookup("#service-status").tryQuery()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}

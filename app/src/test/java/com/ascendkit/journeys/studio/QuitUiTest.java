package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.localconfig.Platform;
import com.ascendkit.journeys.studio.background.ServiceAccess;
import com.ascendkit.journeys.studio.connection.EngineConnection;
import com.ascendkit.journeys.studio.connection.EngineConnector;
import com.ascendkit.journeys.studio.connection.keys.RemoteKeys;
import com.ascendkit.journeys.studio.settings.StudioSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quitting the whole application, {@link StudioApplication} with its own embedded engine (started
 * in a temporary data directory, as on a first run): File → Quit goes the way closing the window
 * goes, and once the application has stopped no thread of the editor, the engine or the client is
 * left that would keep the Java process alive.
 */
class QuitUiTest {
    @TempDir Path home;
    private final FxRobot robot = new FxRobot();
    private Set<Thread> before;
    private StudioApplication app;
    private Stage stage;

    @BeforeEach
    void launch() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        before = new HashSet<>(Thread.getAllStackTraces().keySet());
        Map<String, String> env =
                Map.of(
                        "HOME",
                        home.toString(),
                        AppDirs.DATA_DIR_VARIABLE,
                        home.resolve("data").toString());
        EngineConnector connector =
                new EngineConnector(
                        env, Platform.LINUX, AppDirs.of("Linux", env), Clock.systemUTC());
        StudioApplication started =
                new StudioApplication(
                        new StudioApplication.Machine(
                                () -> {
                                    EngineConnection c = connector.connect();
                                    // a journey to open: the live feed then streams over HTTP
                                    c.gateway().createJourney("Onboarding", "user.created", null);
                                    return c;
                                },
                                () -> StudioSettings.at(home.resolve("settings.json")),
                                () -> RemoteKeys.file(home.resolve("remote-keys")),
                                ServiceAccess::notInstalled));
        FxToolkit.setupApplication(() -> (Application) started);
        app = started;
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(started::executor).get() != null);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () ->
                        WaitForAsyncUtils.asyncFx(
                                                () ->
                                                        app.studio()
                                                                .session()
                                                                .journeyProperty()
                                                                .get())
                                        .get()
                                != null);
        settle();
    }

    @AfterEach
    void cleanUp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> app.executor().runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlQClosesTheWindowAndLeavesNoThreadThatKeepsTheProcessAlive() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();

        FxToolkit.cleanupApplication(app); // the toolkit's stop(), as after the last window
        app = null;

        List<String> left =
                Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t))
                        .map(Thread::getName)
                        .toList();
        assertThat(left).isEmpty();
    }
}

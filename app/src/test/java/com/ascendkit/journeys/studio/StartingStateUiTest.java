package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.studio.background.ServiceAccess;
import com.ascendkit.journeys.studio.connection.EngineConnection;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.connection.keys.RemoteKeys;
import com.ascendkit.journeys.studio.settings.StudioSettings;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Label;
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
 * The window before the engine answers: {@link StudioApplication} with a connection that does not
 * complete until the test releases it (as an engine that takes seconds to start), headless, then a
 * real engine (on a random port, over an H2 file in a temporary directory).
 */
class StartingStateUiTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private final CountDownLatch engineReady = new CountDownLatch(1);
    private TestEngine engine;
    private StudioApplication app;

    @BeforeEach
    void engine() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        engine = TestEngine.start(dir.resolve("data"));
    }

    @AfterEach
    void stop() throws TimeoutException {
        engineReady.countDown();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        engine.close();
    }

    /** The engine's connection, once the test released it. */
    private Supplier<EngineConnection> slowEngine() {
        TestEngine.Environment env = engine.newEnvironment();
        return () -> {
            try {
                engineReady.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return engine.connection(env);
        };
    }

    @Test
    void showsTheStartingStateBeforeTheEngineAnswersThenTheEditor() throws Exception {
        StudioApplication started =
                new StudioApplication(
                        new StudioApplication.Machine(
                                slowEngine(),
                                () -> StudioSettings.at(dir.resolve("settings.json")),
                                () -> RemoteKeys.file(dir.resolve("remote-keys")),
                                ServiceAccess::notInstalled));
        new ToolkitServiceImpl(new ApplicationLauncherImpl(), new ApplicationServiceImpl())
                .setupApplication(
                        () -> FxToolkit.toolkitContext().getRegisteredStage(),
                        () -> (Application) started,
                        new String[0])
                .get(30, TimeUnit.SECONDS);
        app = started;
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#startup-status").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).isEqualTo("Starting the journey engine…");
        assertThat(robot.lookup("#journey-list").tryQuery()).isEmpty();

        engineReady.countDown();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#journey-list").tryQuery().isPresent());
        assertThat(robot.lookup("#startup-status").tryQuery()).isEmpty();
    }
}

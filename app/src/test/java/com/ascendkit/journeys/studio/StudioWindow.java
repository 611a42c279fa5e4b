package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's window for a UI test: the real {@link MainView} on the test's stage, over an
 * environment of its own on the test JVM's shared engine, reached over HTTP; work goes through the
 * real FX executor. {@link #cli} is another client of that environment, as the CLI would be.
 */
public final class StudioWindow {
    public final TestEngine.Environment environment;
    public final EngineClient cli;
    public final FxTaskExecutor executor = new FxTaskExecutor();
    public final Studio studio;

    /** Builds the window; {@code beforeStart} runs before the studio first reads the engine. */
    public StudioWindow(Stage stage, Dialogs dialogs, int width, int height, Runnable beforeStart) {
        TestEngine engine = TestEngine.shared();
        environment = engine.newEnvironment();
        cli = engine.client(environment);
        studio =
                new Studio(
                        engine.gateway(environment),
                        executor,
                        dialogs,
                        JourneyValidator.standard(),
                        "engine");
        Scene scene = new Scene(new MainView(studio).root(), width, height);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        beforeStart.run();
        studio.start();
    }

    /** Waits until the FX thread and the background work are idle. */
    public void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> executor.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> studio.feed().stop()).get();
        executor.close();
    }
}

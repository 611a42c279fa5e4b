package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.connection.EngineConnector;
import com.ascendkit.journeys.studio.dialogs.FxDialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The editor's JavaFX application: connects (through {@link EngineConnector}), builds the {@link
 * Studio} and shows it. Started by {@link Launcher}.
 */
public final class StudioApplication extends Application {
    private FxTaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        Scene scene;
        try {
            JourneyGateway gateway = EngineConnector.fromEnvironment().connect();
            Studio studio =
                    new Studio(
                            gateway,
                            executor,
                            new FxDialogs(() -> stage),
                            JourneyValidator.standard());
            scene = new Scene(new MainView(studio).root(), 1280, 800);
            studio.start();
        } catch (IllegalStateException e) {
            Label error = new Label(e.getMessage());
            error.setWrapText(true);
            error.getStyleClass().add("startup-error");
            scene = new Scene(error, 640, 200);
        }
        StudioTheme.apply(scene);
        stage.setTitle("Journey Studio");
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}

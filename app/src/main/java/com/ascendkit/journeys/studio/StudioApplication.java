package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.background.ServiceAccess;
import com.ascendkit.journeys.studio.connection.EngineConnection;
import com.ascendkit.journeys.studio.connection.EngineConnector;
import com.ascendkit.journeys.studio.connection.QuitEngine;
import com.ascendkit.journeys.studio.connection.RemoteConnect;
import com.ascendkit.journeys.studio.connection.keys.RemoteKeys;
import com.ascendkit.journeys.studio.dialogs.FxDialogs;
import com.ascendkit.journeys.studio.settings.StudioSettings;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.Notice;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's JavaFX application: shows the window at once, connects in the background (joining or
 * starting an engine takes a moment, {@link EngineConnector}), then builds the {@link Studio},
 * imports the journey files it was started with ({@link StartupArguments}) and, on an installed
 * app's first run, offers the engine as a background service. On quit, {@link QuitEngine} decides
 * what happens to an engine this window started. Started by {@link Launcher}.
 */
public final class StudioApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApplication.class);
    static final String STARTING = "Starting the journey engine…";

    /**
     * What the window takes from the machine it runs on: how to reach an engine (blocking), where
     * its settings and remote keys are, and whether it may run the service commands. Tests give
     * their own.
     */
    record Machine(
            Supplier<EngineConnection> connect,
            Supplier<StudioSettings> settings,
            Supplier<RemoteKeys> remoteKeys,
            Supplier<ServiceAccess> service) {

        /**
         * This process's: environment, {@code -Djourneys.studio.settings}, jpackage's path; the
         * connection {@link EarlyConnection} began before JavaFX started, if it did.
         */
        static Machine current() {
            return new Machine(
                    EarlyConnection.startedOr(() -> EngineConnector.fromEnvironment().connect()),
                    StudioApplication::loadSettings,
                    () ->
                            RemoteKeys.system(
                                    StudioSettings.defaultFile().resolveSibling("remote-keys")),
                    ServiceAccess::detect);
        }
    }

    private final Machine machine;
    private FxTaskExecutor executor;
    private EngineConnection connection;
    private QuitEngine quit;
    private boolean stopped;
    private StudioSettings settings;
    private RemoteConnect remote;
    private EngineConnection remoteConnection;
    private Studio studio;
    private final StartupTimes times = new StartupTimes();

    public StudioApplication() {
        this(Machine.current());
    }

    StudioApplication(Machine machine) {
        this.machine = machine;
    }

    /** Where the settings file is: {@code -Djourneys.studio.settings=<file>}, else the default. */
    private static StudioSettings loadSettings() {
        String file = System.getProperty("journeys.studio.settings");
        return StudioSettings.at(
                file == null || file.isBlank() ? StudioSettings.defaultFile() : Path.of(file));
    }

    @Override
    public void start(Stage stage) {
        settings = machine.settings().get();
        StartupArguments arguments = StartupArguments.parse(getParameters().getRaw());
        if (!arguments.ignored().isEmpty()) {
            LOG.info("ignoring the arguments {}", arguments.ignored());
        }
        Label status = new Label(STARTING);
        status.setId("startup-status");
        status.setWrapText(true);
        status.getStyleClass().add("startup-status");
        StudioSettings.WindowSize size = settings.windowSize();
        // never larger than the screen: at 200 % a 1920×1080 screen is 960×540 (minus panels)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene =
                new Scene(
                        new StackPane(status),
                        Math.min(size.width(), screen.getWidth()),
                        Math.min(size.height(), screen.getHeight()));
        StudioTheme.apply(scene, settings.themeProperty().get());
        stage.setTitle("Journey Studio");
        stage.setScene(scene);
        times.logFirstFrame(scene);
        stage.show();
        Thread connecting =
                new Thread(
                        () -> {
                            try {
                                EngineConnection c = machine.connect().get();
                                Platform.runLater(() -> connected(stage, c, arguments.files()));
                            } catch (RuntimeException e) {
                                LOG.error("cannot connect to an engine: {}", e.getMessage(), e);
                                Platform.runLater(
                                        () -> {
                                            status.setText(e.getMessage());
                                            status.getStyleClass().add("startup-error");
                                        });
                            }
                        },
                        "studio-connect");
        connecting.setDaemon(true);
        connecting.start();
    }

    private void connected(Stage stage, EngineConnection c, List<Path> files) {
        if (stopped) {
            c.close();
            return;
        }
        connection = c;
        executor = new FxTaskExecutor();
        FxDialogs dialogs = new FxDialogs(() -> stage);
        quit = new QuitEngine(c, dialogs);
        remote =
                new RemoteConnect(
                        dialogs,
                        machine.remoteKeys().get(),
                        executor,
                        EngineConnector.fromEnvironment()::connectRemote,
                        r -> switchTo(stage, dialogs, r),
                        message -> studio.session().tell(Notice.error(message)));
        // back from the terminal: journeys the CLI made meanwhile are listed
        stage.focusedProperty()
                .addListener(
                        (o, was, focused) -> {
                            if (focused && studio != null) {
                                studio.journeys().refresh();
                            }
                        });
        stage.setOnCloseRequest(
                e -> {
                    if (!mayClose(stage)) {
                        e.consume();
                    }
                });
        show(stage, c, dialogs);
        String last = settings.lastJourney().orElse(null);
        if (files.isEmpty()) {
            studio.journeys().refreshAndOpen(last);
        } else {
            studio.journeys().refresh();
            studio.transfer().importFiles(files, () -> studio.journeys().refreshAndOpen(last));
        }
        times.logEditableWhenIdle(executor.runningProperty());
        if (c.kind() != EngineConnection.Kind.REMOTE) {
            // a background service runs a local engine: nothing to offer for a remote one
            studio.background().offerOnFirstRun();
        }
    }

    /**
     * Closing the window and File → Quit: asks about the embedded engine when it must ({@link
     * QuitEngine}), remembers the window's size. False when the user chose to stay.
     */
    private boolean mayClose(Stage stage) {
        if (!quit.mayQuit()) {
            return false;
        }
        settings.windowSize(stage.getScene().getWidth(), stage.getScene().getHeight());
        return true;
    }

    /** File → Quit: the same path as closing the window; the last window closed ends the app. */
    private void quit(Stage stage) {
        if (mayClose(stage)) {
            stage.close();
        }
    }

    /** Builds the editor for {@code c} in the window (the caller lists and opens journeys). */
    private void show(Stage stage, EngineConnection c, FxDialogs dialogs) {
        studio =
                new Studio(
                        c.gateway(),
                        executor,
                        dialogs,
                        JourneyValidator.standard(),
                        c.describe(),
                        settings,
                        machine.service().get());
        String url = c.kind() == EngineConnection.Kind.REMOTE ? c.url() : "";
        stage.getScene()
                .setRoot(new MainView(studio, () -> remote.ask(url), () -> quit(stage)).root());
        studio.feed().start();
        studio.catalog().refresh();
    }

    /**
     * The editor now edits the remote engine chosen in the connect dialog. The engine this window
     * started or joined stays as it was (it is dealt with on quit, as before); a remote one chosen
     * earlier is closed.
     */
    private void switchTo(Stage stage, FxDialogs dialogs, EngineConnection r) {
        studio.feed().stop();
        if (remoteConnection != null) {
            remoteConnection.close();
        }
        remoteConnection = r;
        show(stage, r, dialogs);
        studio.journeys().refreshAndOpen(settings.lastJourney().orElse(null));
    }

    /** The editor once connected (null before): for tests. */
    Studio studio() {
        return studio;
    }

    /** The executor once connected (null before): for tests, to wait until the work is done. */
    FxTaskExecutor executor() {
        return executor;
    }

    @Override
    public void stop() {
        stopped = true;
        if (studio != null) {
            studio.feed().stop();
        }
        if (executor != null) {
            executor.close();
        }
        if (remoteConnection != null) {
            remoteConnection.close();
        }
        if (quit != null) {
            quit.quit();
        } else if (connection != null) {
            connection.close();
        }
    }
}

package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.background.ServiceAccess;
import com.ascendkit.journeys.studio.connection.EngineConnection;
import com.ascendkit.journeys.studio.connection.EngineConnector;
import com.ascendkit.journeys.studio.dialogs.FxDialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.Notice;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --self-test}: what the installers' test runs against the installed editor, with nobody at
 * the screen. It connects exactly as the editor does ({@link EngineConnector}: joins the engine
 * running for the data directory, else starts one in-process), creates a three-node journey, opens
 * it in the real window, waits until the canvas shows its cards and arrows, snapshots the canvas
 * and checks that it is drawn, deletes the journey, stops an engine it started, and logs {@code
 * self-test ok <ms>}: the time from the JVM's start to the editor showing the journey. Exit 0, or 1
 * with the reason. Given a journey file ({@code --self-test x.journey.json}, as the OS passes a
 * double-clicked one), it imports that file as the window does at start instead, shows the draft,
 * checks it is drawn and deletes it. Like the editor it logs {@code startup: first frame} ({@link
 * StartupTimes}), and connects while JavaFX starts ({@link EarlyConnection}). Last, it logs what
 * {@code ascendkit engine service status} says through the launcher beside its own (the first-run
 * offer's way; read-only).
 */
public final class SelfTest extends Application {
    public static final String FLAG = "--self-test";
    private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MIN_DRAWN_PIXELS = 2_000;
    private static volatile int exitCode = 1;

    private final Clock clock = Clock.systemUTC();

    /** Runs the self-test window; returns the exit code. */
    static int run(String[] args) {
        Application.launch(SelfTest.class, args);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Journey Studio (self-test)");
        stage.setScene(new Scene(new StackPane(new Label("Self-test…")), 1280, 800));
        StudioTheme.apply(stage.getScene());
        new StartupTimes().logFirstFrame(stage.getScene());
        stage.show();
        List<Path> files = StartupArguments.parse(getParameters().getRaw()).files();
        Thread test =
                new Thread(
                        () -> check(stage, files.isEmpty() ? null : files.get(0)),
                        "studio-self-test");
        test.setDaemon(true);
        test.start();
    }

    /** {@code file}: a journey file to import and show instead of the built-in journey (null). */
    private void check(Stage stage, Path file) {
        FxTaskExecutor executor = new FxTaskExecutor();
        try (EngineConnection connection =
                EarlyConnection.startedOr(() -> EngineConnector.fromEnvironment().connect())
                        .get()) {
            long connectedMs = uptime();
            Studio studio =
                    onFx(
                            () ->
                                    new Studio(
                                            connection.gateway(),
                                            executor,
                                            new FxDialogs(() -> stage),
                                            JourneyValidator.standard(),
                                            connection.describe()));
            MainView view = onFx(() -> new MainView(studio));
            runFx(() -> stage.getScene().setRoot(view.root()));
            String journeyId = null;
            try {
                String what;
                if (file == null) {
                    journeyId = createJourney(connection.gateway());
                    what = "test journey created in " + (uptime() - connectedMs) + " ms";
                    String id = journeyId;
                    runFx(() -> studio.session().open(id));
                    await(
                            () -> view.canvas().cardCount() == 3 && view.canvas().edgeCount() == 2,
                            "the canvas did not show the journey");
                } else {
                    runFx(() -> studio.transfer().importFiles(List.of(file), () -> {}));
                    Journey shown = awaitImport(studio);
                    journeyId = shown.id();
                    what =
                            "imported "
                                    + file.getFileName()
                                    + " as '"
                                    + shown.name()
                                    + "' in "
                                    + (uptime() - connectedMs)
                                    + " ms";
                    await(
                            () -> drawnPixels(view) >= MIN_DRAWN_PIXELS,
                            "the canvas did not draw the imported journey");
                }
                long drawn = onFx(() -> drawnPixels(view));
                long readyMs = uptime();
                if (drawn < MIN_DRAWN_PIXELS) {
                    throw new IllegalStateException(
                            "the canvas snapshot has only " + drawn + " drawn pixels");
                }
                int cards = onFx(() -> view.canvas().cardCount());
                int arrows = onFx(() -> view.canvas().edgeCount());
                LOG.info(
                        "self-test ok {} ms to editor ready (connected at {} ms, {}; {} cards, {}"
                                + " arrows, {} pixels drawn; {})",
                        readyMs,
                        connectedMs,
                        what,
                        cards,
                        arrows,
                        drawn,
                        connection.describe());
                LOG.info("self-test background service: {}", serviceStatus());
                exitCode = 0;
            } finally {
                if (journeyId != null) {
                    connection.gateway().deleteJourney(journeyId);
                }
            }
        } catch (RuntimeException
                | InterruptedException
                | ExecutionException
                | TimeoutException e) {
            LOG.error("self-test failed: {}", e.toString(), e);
        } finally {
            Platform.runLater(
                    () -> {
                        executor.close();
                        Platform.exit();
                    });
        }
    }

    /** The journey the import opened; the import's own message when it made none. */
    private Journey awaitImport(Studio studio)
            throws InterruptedException, ExecutionException, TimeoutException {
        await(
                () -> {
                    Notice notice = studio.session().noticeProperty().get();
                    if (notice != null && notice.severity() == Notice.Severity.ERROR) {
                        throw new IllegalStateException(notice.text());
                    }
                    return studio.session().journeyProperty().get() != null;
                },
                "the imported journey was not opened");
        return onFx(() -> studio.session().journeyProperty().get());
    }

    /**
     * What {@code ascendkit engine service status} says through the launcher the installed editor
     * finds beside its own (read-only), or why it finds none: the installers' test checks it.
     */
    private static String serviceStatus() {
        ServiceAccess access = ServiceAccess.detect();
        if (access.commands().isEmpty()) {
            return "not available: " + access.unavailableReason();
        }
        try {
            return access.commands().get().run("status").text().replaceAll("\\s*\\R\\s*", "; ");
        } catch (IOException e) {
            return "status failed: " + e.getMessage();
        }
    }

    /** Milliseconds since the JVM started (as the launcher handed over to it). */
    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** welcome (tag) → 2 days → nudge (stage) → project.created → done. */
    private static String createJourney(JourneyGateway gateway) {
        JourneyResponse r = gateway.createJourney("Self-test journey", "user.created", "welcome");
        String id = r.journey().id();
        r =
                gateway.addNode(
                        id,
                        r.journey().version(),
                        "welcome",
                        new Action.TagUser("self_test"),
                        false,
                        new Position(0, 0));
        r =
                gateway.addNode(
                        id,
                        r.journey().version(),
                        "nudge",
                        new Action.AdvanceStage("activated"),
                        false,
                        new Position(320, 0));
        r =
                gateway.addNode(
                        id,
                        r.journey().version(),
                        "done",
                        new Action.None(),
                        true,
                        new Position(640, 0));
        r =
                gateway.addTransition(
                        id,
                        r.journey().version(),
                        "welcome",
                        "nudge",
                        new Trigger.Timer(new Delay(2, 'd')),
                        null);
        gateway.addTransition(
                id,
                r.journey().version(),
                "nudge",
                "done",
                new Trigger.Event("project.created", Map.of()),
                null);
        return id;
    }

    /** Polls {@code done} on the FX thread until it is true, with a deadline. */
    private void await(Supplier<Boolean> done, String failure)
            throws InterruptedException, ExecutionException, TimeoutException {
        Instant deadline = clock.instant().plus(TIMEOUT);
        while (!onFx(done)) {
            if (clock.instant().isAfter(deadline)) {
                throw new TimeoutException(failure + " in " + TIMEOUT);
            }
            Thread.sleep(20); // polling the window for a self-test, with a deadline
        }
    }

    /** Pixels of the canvas's snapshot that differ from its background (the top-left pixel). */
    private static long drawnPixels(MainView view) {
        WritableImage image = view.canvas().root().snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        int background = pixels.getArgb(0, 0);
        long drawn = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (pixels.getArgb(x, y) != background) {
                    drawn++;
                }
            }
        }
        return drawn;
    }

    private void runFx(Runnable work)
            throws InterruptedException, ExecutionException, TimeoutException {
        onFx(
                () -> {
                    work.run();
                    return null;
                });
    }

    private <T> T onFx(Supplier<T> work)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(
                () -> {
                    try {
                        result.complete(work.get());
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
        return result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}

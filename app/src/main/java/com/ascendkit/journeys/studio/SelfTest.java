package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.connection.EngineConnection;
import com.ascendkit.journeys.studio.connection.EngineConnector;
import com.ascendkit.journeys.studio.dialogs.FxDialogs;
import com.ascendkit.journeys.studio.sync.FxTaskExecutor;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * with the reason.
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
        stage.show();
        Thread test = new Thread(() -> check(stage), "studio-self-test");
        test.setDaemon(true);
        test.start();
    }

    private void check(Stage stage) {
        FxTaskExecutor executor = new FxTaskExecutor();
        try (EngineConnection connection = EngineConnector.fromEnvironment().connect()) {
            long connectedMs = uptime();
            JourneyGateway gateway = connection.gateway();
            String id = createJourney(gateway);
            long createdMs = uptime();
            try {
                MainView view =
                        onFx(
                                () -> {
                                    Studio studio =
                                            new Studio(
                                                    gateway,
                                                    executor,
                                                    new FxDialogs(() -> stage),
                                                    JourneyValidator.standard(),
                                                    connection.describe());
                                    MainView main = new MainView(studio);
                                    stage.getScene().setRoot(main.root());
                                    studio.session().open(id);
                                    return main;
                                });
                awaitCanvas(view);
                long drawn = onFx(() -> drawnPixels(view));
                long readyMs = uptime();
                if (drawn < MIN_DRAWN_PIXELS) {
                    throw new IllegalStateException(
                            "the canvas snapshot has only " + drawn + " drawn pixels");
                }
                LOG.info(
                        "self-test ok {} ms to editor ready (connected at {} ms, test journey"
                                + " created in {} ms; 3 cards, 2 arrows, {} pixels drawn; {})",
                        readyMs,
                        connectedMs,
                        createdMs - connectedMs,
                        drawn,
                        connection.describe());
                exitCode = 0;
            } finally {
                gateway.deleteJourney(id);
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

    /** Polls until the canvas holds the journey's 3 cards and 2 arrows, with a deadline. */
    private void awaitCanvas(MainView view)
            throws InterruptedException, ExecutionException, TimeoutException {
        Instant deadline = clock.instant().plus(TIMEOUT);
        while (!onFx(() -> view.canvas().cardCount() == 3 && view.canvas().edgeCount() == 2)) {
            if (clock.instant().isAfter(deadline)) {
                throw new TimeoutException("the canvas did not show the journey in " + TIMEOUT);
            }
            Thread.sleep(20);
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

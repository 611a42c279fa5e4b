package com.ascendkit.journeys.studio.bench;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.MainView;
import com.ascendkit.journeys.studio.Studio;
import com.ascendkit.journeys.studio.StudioTheme;
import com.ascendkit.journeys.studio.canvas.CanvasView;
import com.ascendkit.journeys.studio.canvas.Viewport;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.sync.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens a generated journey of 1,000 nodes and 2,000 transitions in the real editor window and
 * reports time to first render, frame times while panning, zooming and dragging a card, the
 * pipeline, and the heap after load. Not part of the default build (tag {@code benchmark}); run:
 *
 * <pre>
 * mvn -B -pl app -am verify -Pbench
 * </pre>
 *
 * Figures go to the log and to {@code app/target/bench/canvas.txt}. Pulses run at full speed
 * ({@code javafx.animation.fullspeed=true}, set by the profile), so a frame time is the real cost
 * of one pulse (events, CSS, layout, render), not the 60 Hz cap.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class CanvasBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(CanvasBenchmark.class);
    private static final int NODES = 1000;
    private static final int COLUMNS = 40;
    private static final int FRAMES = 180;
    private static final int OVERLAY_FRAMES = 600;

    private final TestEngine engine = TestEngine.shared();
    private final TestEngine.Environment environment = engine.newEnvironment();
    private Studio studio;
    private Stage stage;
    private CanvasView canvasView;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio =
                new Studio(
                        engine.gateway(environment),
                        new CurrentThreadTaskExecutor(),
                        new ScriptedDialogs(),
                        JourneyValidator.standard());
        MainView main = new MainView(studio);
        canvasView = main.canvas();
        Scene scene = new Scene(main.root(), 1280, 800);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    static JourneyDefinition generate() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < NODES; i++) {
            Action a =
                    switch (i % 4) {
                        case 0 -> new Action.SendEmail("welcome");
                        case 1 -> new Action.TagUser("tag-" + i);
                        case 2 -> new Action.AdvanceStage("stage-" + i);
                        default -> Action.none();
                    };
            nodes.put(
                    "n" + i,
                    new Node(
                            a,
                            i == NODES - 1,
                            new com.ascendkit.journeys.model.Position(
                                    40 + (i % COLUMNS) * 260.0, 40 + (i / COLUMNS) * 130.0)));
        }
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; transitions.size() < 2 * NODES; i = (i + 1) % NODES) {
            int to = transitions.size() < NODES ? (i + 1) % NODES : (i + COLUMNS + 1) % NODES;
            Trigger trigger =
                    transitions.size() % 2 == 0
                            ? Trigger.after((1 + i % 9) + "d")
                            : Trigger.on("user.login");
            transitions.add(new Transition("t" + transitions.size(), "n" + i, "n" + to, trigger));
        }
        return new JourneyDefinition(
                "Benchmark",
                "user.created",
                Map.of(),
                "n0",
                ReEntryPolicy.SKIP,
                nodes,
                transitions);
    }

    @Test
    void opensAndMovesAroundAThousandNodeJourney() throws Exception {
        EngineClient client = engine.client(environment);
        Journey journey = client.journeys().importJourney(ExportedJourney.of(generate())).journey();
        WaitForAsyncUtils.waitForFxEvents();
        long heapBefore = usedHeap();

        CompletableFuture<Long> firstRender = new CompletableFuture<>();
        long[] fetched = new long[2];
        WaitForAsyncUtils.asyncFx(
                () -> {
                    // the engine's answer is in when the session sets it, before the canvas (a
                    // later listener) builds anything: render time counts from there
                    studio.session()
                            .serverJourneyProperty()
                            .addListener(
                                    (o, a, b) -> {
                                        if (fetched[1] == 0) {
                                            fetched[1] = System.nanoTime();
                                        }
                                    });
                    fetched[0] = System.nanoTime();
                    studio.session().open(journey.id());
                    // the frame that shows the new scene graph has been rendered when the pulse
                    // after it starts
                    afterFrames(2, n -> firstRender.complete(System.nanoTime() - fetched[1]));
                });
        long renderNanos = firstRender.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        long heapAfter = usedHeap();

        // open fits the whole journey (far out); the frames below start at 100 %
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            Viewport vp = studio.canvas().viewport();
                            vp.zoomBy(1 / vp.zoomProperty().get());
                            vp.centerOn(640, 400);
                        })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        int[] cardsAt100 = new int[2];
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            cardsAt100[0] = canvasView.cardCount();
                            cardsAt100[1] = canvasView.edgeCount();
                        })
                .get();
        double[] pan = frames(i -> studio.canvas().viewport().panBy(-6, -3));
        double[] zoom =
                frames(
                        i ->
                                studio.canvas()
                                        .viewport()
                                        .zoomAt(i < FRAMES / 2 ? 1.01 : 0.99, 640, 400));
        // cards exist only in view: bring n41 into it (at 100 %) to grab it
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            Viewport vp = studio.canvas().viewport();
                            vp.zoomBy(1 / vp.zoomProperty().get());
                            studio.canvas().framing().reveal("n41");
                        })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        Region card = (Region) stage.getScene().lookup("#card-n41");
        double[] drag = dragFrames(card);
        WaitForAsyncUtils.asyncFx(() -> studio.canvas().framing().fitToView()).get();
        double[] panFit = frames(i -> studio.canvas().viewport().panBy(-2, -1));

        // the analytics overlay on, the counts changing every second: a user signs up (another
        // thread) and the overlay reads GET …/analytics again, as an analytics event would make it
        client.journeys().activate(journey.id());
        WaitForAsyncUtils.asyncFx(() -> studio.analytics().shownProperty().set(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        double[] panFitOverlay =
                framesWithChangingCounts(i -> studio.canvas().viewport().panBy(-2, -1));
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            Viewport vp = studio.canvas().viewport();
                            vp.zoomBy(1 / vp.zoomProperty().get());
                            vp.centerOn(640, 400);
                        })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        double[] panOverlay =
                framesWithChangingCounts(i -> studio.canvas().viewport().panBy(-6, -3));
        long enrolled = client.journeys().analytics(journey.id()).totals().enrolled();

        String report =
                String.join(
                        "\n",
                        "Canvas benchmark: "
                                + journey.nodes().size()
                                + " nodes, "
                                + journey.transitions().size()
                                + " transitions",
                        "pipeline: "
                                + pipeline()
                                + " (prism.order="
                                + System.getProperty("prism.order")
                                + ", fullspeed="
                                + System.getProperty("javafx.animation.fullspeed")
                                + ")",
                        String.format(
                                "time to first render: %.0f ms (from the engine's answer; the GET"
                                        + " over HTTP took %.0f ms before it)",
                                renderNanos / 1e6, (fetched[1] - fetched[0]) / 1e6),
                        "frame times (ms, median / p95 / max over " + FRAMES + " frames):",
                        "  (scene graph at 100 %: "
                                + cardsAt100[0]
                                + " cards, "
                                + cardsAt100[1]
                                + " arrows of "
                                + journey.nodes().size()
                                + " / "
                                + journey.transitions().size()
                                + ")",
                        "  pan at 100 %:   " + stats(pan),
                        "  zoom 100-245 %: " + stats(zoom),
                        "  drag a card:    " + stats(drag),
                        "  pan, fitted:    " + stats(panFit),
                        "  with the analytics overlay, counts changing every second ("
                                + enrolled
                                + " users signed up, "
                                + OVERLAY_FRAMES
                                + " frames; includes the frames that read"
                                + " GET …/analytics on the FX thread, as this benchmark's"
                                + " executor runs work in place):",
                        "  pan at 100 %:   " + stats(panOverlay),
                        "  pan, fitted:    " + stats(panFitOverlay),
                        String.format(
                                "heap after load: %.1f MB (%.1f MB before)",
                                heapAfter / 1e6, heapBefore / 1e6));
        LOG.info("\n{}", report);
        Path out = Path.of("target", "bench", "canvas.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n");
    }

    /** {@link #frames}, while a user signs up and the overlay re-reads the counts each second. */
    private double[] framesWithChangingCounts(IntConsumer step) throws Exception {
        long[] last = {System.nanoTime()};
        int[] users = {signedUp};
        double[] times =
                frames(
                        i -> {
                            long now = System.nanoTime();
                            if (now - last[0] >= 1_000_000_000L) {
                                last[0] = now;
                                int u = ++users[0];
                                CompletableFuture.runAsync(
                                        () ->
                                                engine.systemEvent(
                                                        environment, "user-" + u, "user.created"));
                                studio.analytics().countsChanged();
                            }
                            step.accept(i);
                        },
                        OVERLAY_FRAMES);
        signedUp = users[0];
        return times;
    }

    private int signedUp;

    private static void afterFrames(int count, IntConsumer done) {
        new AnimationTimer() {
            int seen;

            @Override
            public void handle(long now) {
                if (++seen == count) {
                    stop();
                    done.accept(seen);
                }
            }
        }.start();
    }

    /**
     * Runs {@code step} once per pulse for {@link #FRAMES} pulses; returns pulse intervals in ms.
     */
    private static double[] frames(IntConsumer step) throws Exception {
        return frames(step, FRAMES);
    }

    private static double[] frames(IntConsumer step, int count) throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(
                () ->
                        new AnimationTimer() {
                            final double[] times = new double[count];
                            long last;
                            int i = -1;

                            @Override
                            public void handle(long now) {
                                if (i >= 0) {
                                    times[i] = (now - last) / 1e6;
                                }
                                last = now;
                                if (++i == count) {
                                    stop();
                                    result.complete(times);
                                    return;
                                }
                                step.accept(i);
                            }
                        }.start());
        return result.get(120, TimeUnit.SECONDS);
    }

    private double[] dragFrames(Region card) throws Exception {
        double[] start = new double[2];
        WaitForAsyncUtils.asyncFx(
                        () -> {
                            var b = card.localToScene(card.getBoundsInLocal());
                            start[0] = b.getCenterX();
                            start[1] = b.getCenterY();
                            Event.fireEvent(
                                    card, mouse(MouseEvent.MOUSE_PRESSED, start[0], start[1]));
                        })
                .get();
        double[] times =
                frames(
                        i ->
                                Event.fireEvent(
                                        card,
                                        mouse(
                                                MouseEvent.MOUSE_DRAGGED,
                                                start[0] + i,
                                                start[1] + i / 2.0)));
        WaitForAsyncUtils.asyncFx(
                        () ->
                                Event.fireEvent(
                                        card,
                                        mouse(
                                                MouseEvent.MOUSE_RELEASED,
                                                start[0] + FRAMES,
                                                start[1] + FRAMES / 2.0)))
                .get();
        return times;
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(
                type,
                x,
                y,
                x,
                y,
                MouseButton.PRIMARY,
                1,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    private static String stats(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return String.format(
                "%.1f / %.1f / %.1f",
                s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1], s[s.length - 1]);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String pipeline() {
        try {
            Object p =
                    Class.forName("com.sun.prism.GraphicsPipeline")
                            .getMethod("getPipeline")
                            .invoke(null);
            return p == null ? "none" : p.getClass().getName();
        } catch (ReflectiveOperationException e) {
            return "unknown (" + e + ")";
        }
    }
}

package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.StudioTheme;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.CacheHint;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a zoom leaves on the screen, at a render scale of 150 % (a HiDPI display), on the software
 * renderer the headless tests run on: once the zoom settles, the canvas on screen must be what a
 * full repaint of the same view draws. The window renders at 150 % and Monocle's screen, at 100 %,
 * receives each frame scaled down; a stale strip left in the frame survives that.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasZoomRenderTest {
    private static final double RENDER_SCALE = 1.5;
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");
    private StudioFixture f;
    private CanvasView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        f = new StudioFixture();
        long v =
                f.client
                        .nodes()
                        .update(
                                f.journeyId,
                                "start",
                                UpdateNodeRequest.empty().withPosition(new Position(40, 40)))
                        .version();
        for (int i = 0; i < NAMES.size(); i++) {
            v =
                    f.client
                            .nodes()
                            .add(
                                    f.journeyId,
                                    AddNodeRequest.named(NAMES.get(i))
                                            .withAction(new Action.TagUser("t" + i))
                                            .withPosition(
                                                    new Position(
                                                            40 + ((i + 1) % 3) * 400,
                                                            40 + ((i + 1) / 3) * 130)),
                                    RequestOptions.ifMatch(v))
                            .version();
        }
        f.studio.session().open(f.journeyId);
        view = new CanvasView(f.studio.canvas(), f.studio.warnings().badgesProperty());
        scene = new Scene(view.root(), 760, 420);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        // as a display at 150 % would set it (Monocle's headless screen is at 100 %)
        stage.setRenderScaleX(RENDER_SCALE);
        stage.setRenderScaleY(RENDER_SCALE);
    }

    @Test
    void aZoomAt150PercentLeavesNoStalePixelsOnceItSettles() throws Exception {
        Viewport vp = f.studio.canvas().viewport();
        WaitForAsyncUtils.asyncFx(() -> f.studio.canvas().framing().fitToView()).get();
        awaitSettled();
        assertThat(vp.zoomProperty().get()).isBetween(CanvasView.FAR_ZOOM, 1.0);

        WaitForAsyncUtils.asyncFx(() -> vp.zoomAt(1.1, 380, 150)).get();
        awaitFrames(3); // drawn while zooming
        awaitSettled();
        int[] settled = steadyScreen();
        WaitForAsyncUtils.asyncFx(() -> scene.setFill(Color.web("#010203"))).get(); // repaint all
        int[] repainted = steadyScreen();

        assertThat(differing(settled, repainted))
                .as("pixels that differ from a full repaint of the same view")
                .isZero();
    }

    /** Waits until the zoom has settled (cards cached sharp again) and that has been drawn. */
    private void awaitSettled() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(this::cardsSharp).get());
        awaitFrames(3);
    }

    private boolean cardsSharp() {
        return NAMES.stream()
                .map(view::card)
                .allMatch(c -> c != null && c.isCache() && c.getCacheHint() == CacheHint.DEFAULT);
    }

    /** Waits for {@code n} pulses: a pulse starts only once the previous frame is drawn. */
    private static void awaitFrames(int n) throws TimeoutException, InterruptedException {
        CountDownLatch frames = new CountDownLatch(n);
        AnimationTimer timer =
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        frames.countDown();
                    }
                };
        WaitForAsyncUtils.asyncFx(timer::start);
        boolean drawn = frames.await(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(timer::stop);
        if (!drawn) {
            throw new TimeoutException("no pulses");
        }
    }

    /** The canvas once two looks a few frames apart agree (frames reach the screen late). */
    private int[] steadyScreen() throws Exception {
        int[] before = screen();
        for (int tries = 0; tries < 20; tries++) {
            awaitFrames(3);
            int[] now = screen();
            if (Arrays.equals(before, now)) {
                return now;
            }
            before = now;
        }
        throw new TimeoutException("the screen does not settle");
    }

    /** The canvas as the screen shows it. */
    private int[] screen() throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> {
                            Bounds b = view.root().localToScreen(view.root().getBoundsInLocal());
                            int w = (int) Math.floor(b.getWidth());
                            int h = (int) Math.floor(b.getHeight());
                            WritableImage shot =
                                    new Robot()
                                            .getScreenCapture(
                                                    null, b.getMinX(), b.getMinY(), w, h, false);
                            PixelReader r = shot.getPixelReader();
                            int[] argb = new int[w * h];
                            r.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
                            return argb;
                        })
                .get();
    }

    /**
     * Pixels whose colour differs by more than anti-aliasing would (a channel by over 16 of 255).
     */
    private static long differing(int[] a, int[] b) {
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                if (Math.abs(((a[i] >> shift) & 0xff) - ((b[i] >> shift) & 0xff)) > 16) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}

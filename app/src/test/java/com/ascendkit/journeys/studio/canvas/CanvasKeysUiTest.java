package com.ascendkit.journeys.studio.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.ascendkit.journeys.studio.StudioFixture;
import com.ascendkit.journeys.studio.StudioTheme;
import com.ascendkit.journeys.studio.keymap.Keymap;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas's keys come from the {@link Keymap}: it answers every canvas binding, in the table's
 * order (an arrow nudges a selection, else pans), and leaves other keys alone.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasKeysUiTest {
    private StudioFixture f;
    private CanvasView view;

    @Start
    void start(Stage stage) {
        f = new StudioFixture();
        view = new CanvasView(f.studio.canvas(), f.studio.warnings().badgesProperty());
        Scene scene = new Scene(view.root(), 640, 400);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void answersEveryCanvasBindingOfTheKeymap() {
        assertThat(view.keys().bound()).isEqualTo(Set.copyOf(Keymap.in(Keymap.Where.CANVAS)));
    }

    @Test
    void anArrowPansWhenNothingIsSelectedWhateverTheModifiers() throws Exception {
        Viewport vp = f.studio.canvas().viewport();
        WaitForAsyncUtils.asyncFx(() -> f.studio.canvas().selection().clear()).get();
        double x = vp.panXProperty().get();

        assertThat(press(KeyCode.LEFT, false)).isTrue();
        assertThat(vp.panXProperty().get()).isEqualTo(x + 40);
        assertThat(press(KeyCode.LEFT, true)).isTrue();
        assertThat(vp.panXProperty().get()).isEqualTo(x + 80);
    }

    @Test
    void plusAndMinusZoomAndOtherKeysAreLeftAlone() throws Exception {
        Viewport vp = f.studio.canvas().viewport();
        WaitForAsyncUtils.asyncFx(() -> vp.zoomBy(1 / vp.zoomProperty().get())).get();
        double zoom = vp.zoomProperty().get();

        assertThat(press(KeyCode.PLUS, false)).isTrue();
        assertThat(vp.zoomProperty().get()).isCloseTo(zoom * 1.2, offset(1e-9));
        assertThat(press(KeyCode.MINUS, false)).isTrue();
        assertThat(vp.zoomProperty().get()).isCloseTo(zoom, offset(1e-9));
        assertThat(press(KeyCode.Q, false)).isFalse();
    }

    /** Sends a key press through the canvas's filter; whether the canvas took it. */
    private boolean press(KeyCode code, boolean control) throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> {
                            KeyEvent e =
                                    new KeyEvent(
                                            KeyEvent.KEY_PRESSED,
                                            "",
                                            "",
                                            code,
                                            false,
                                            control,
                                            false,
                                            false);
                            view.keys().keyPressed(e);
                            return e.isConsumed();
                        })
                .get();
    }
}

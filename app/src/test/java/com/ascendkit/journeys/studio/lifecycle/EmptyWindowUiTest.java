package com.ascendkit.journeys.studio.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.studio.StudioWindow;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A first start: an environment with no journey, the journey list open, in the smallest window the
 * editor supports (1024×700). Nothing may be cut off at the right edge.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyWindowUiTest {
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(stage, new ScriptedDialogs(), 1024, 700, () -> {});
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void fitsA1024PixelWindowWhenNoJourneyIsOpen(FxRobot robot) throws Exception {
        window.settle();

        Parent root = robot.lookup("#journey-status").queryAs(Label.class).getScene().getRoot();
        assertThat(root.minWidth(-1)).isLessThanOrEqualTo(1024);
    }

    @Test
    void showsNoStatusChipWhenNoJourneyIsOpen(FxRobot robot) throws Exception {
        window.settle();

        assertThat(robot.lookup("#journey-status").queryAs(Label.class).isVisible()).isFalse();
    }
}

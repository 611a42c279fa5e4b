package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.studio.keymap.Keymap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One keymap: the menus' accelerators are exactly the table's menu bindings, and the help (F1)
 * lists exactly the table, in its order — so the help names every key the canvas and the menus
 * take.
 */
@ExtendWith(ApplicationExtension.class)
class KeymapUiTest {
    private StudioFixture f;

    @Start
    void start(Stage stage) {
        f = new StudioFixture();
        Scene scene = new Scene(new MainView(f.studio, () -> {}, () -> {}).root(), 1280, 800);
        StudioTheme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theMenusAcceleratorsAreTheKeymapsMenuBindings(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<KeyCombination> accelerators = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, accelerators));

        assertThat(accelerators)
                .containsExactlyInAnyOrderElementsOf(
                        Keymap.in(Keymap.Where.MENU).stream().map(Keymap::accelerator).toList());
    }

    @Test
    void theHelpListsEveryBindingOfTheKeymapInItsOrder(FxRobot robot) {
        List<String> keys =
                robot
                        .lookup("#shortcut-help")
                        .lookup(".shortcut-keys")
                        .queryAllAs(Label.class)
                        .stream()
                        .map(Label::getText)
                        .toList();

        assertThat(keys)
                .containsExactlyElementsOf(
                        Arrays.stream(Keymap.values()).map(Keymap::keys).toList());
        assertThat(robot.lookup("#shortcut-help").lookup("Redo").tryQuery()).isPresent();
    }

    private static void collect(MenuItem item, List<KeyCombination> into) {
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, into));
        } else if (item.getAccelerator() != null) {
            into.add(Objects.requireNonNull(item.getAccelerator()));
        }
    }
}

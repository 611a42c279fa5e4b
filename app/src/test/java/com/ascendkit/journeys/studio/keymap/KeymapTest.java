package com.ascendkit.journeys.studio.keymap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The table itself: every line says something, and no key does two things. */
class KeymapTest {
    @Test
    void everyBindingNamesItsKeysAndWhatTheyDo() {
        for (Keymap b : Keymap.values()) {
            assertThat(b.keys()).as(b.name()).isNotBlank();
            assertThat(b.description()).as(b.name()).isNotBlank();
        }
        assertThat(Arrays.stream(Keymap.values()).map(Keymap::keys).distinct())
                .hasSize(Keymap.values().length);
    }

    @Test
    void keysHaveCombinationsAndMouseGesturesNone() {
        for (Keymap b : Keymap.values()) {
            boolean helpOnly = b.where() == Keymap.Where.MOUSE || b.where() == Keymap.Where.OTHER;
            if (helpOnly) {
                assertThat(b.combinations()).as(b.name()).isEmpty();
            } else {
                assertThat(b.combinations()).as(b.name()).isNotEmpty();
            }
        }
    }

    @Test
    void noKeyCombinationIsBoundTwice() {
        List<KeyCombination> all =
                Arrays.stream(Keymap.values()).flatMap(b -> b.combinations().stream()).toList();

        assertThat(Set.copyOf(all)).hasSameSizeAs(all);
    }

    /** The menus' accelerators are not taken by the canvas as well (it would act twice). */
    @Test
    void theCanvasAndTheMenusShareNoCombination() {
        Set<KeyCombination> menus =
                Set.copyOf(
                        Keymap.in(Keymap.Where.MENU).stream()
                                .flatMap(b -> b.combinations().stream())
                                .toList());

        for (Keymap b : Keymap.in(Keymap.Where.CANVAS)) {
            assertThat(b.combinations()).as(b.name()).doesNotContainAnyElementsOf(menus);
        }
    }

    @Test
    void redoHasCtrlShiftZAsItsAcceleratorAndCtrlYBesides() {
        assertThat(Keymap.REDO.accelerator())
                .isEqualTo(
                        new KeyCodeCombination(
                                javafx.scene.input.KeyCode.Z,
                                KeyCombination.SHORTCUT_DOWN,
                                KeyCombination.SHIFT_DOWN));
        assertThat(Keymap.REDO.combinations())
                .containsExactly(
                        KeyCombination.valueOf("Shortcut+Shift+Z"),
                        KeyCombination.valueOf("Shortcut+Y"));
    }
}

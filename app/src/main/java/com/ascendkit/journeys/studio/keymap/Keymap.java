package com.ascendkit.journeys.studio.keymap;

import static javafx.scene.input.KeyCombination.ModifierValue.ANY;
import static javafx.scene.input.KeyCombination.ModifierValue.DOWN;
import static javafx.scene.input.KeyCombination.ModifierValue.UP;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard and mouse command of the editor, in the order the help (F1) lists them: the one
 * table the canvas's keys, the menus' accelerators and the help are made from, so they cannot
 * disagree. "Ctrl" in the help texts is Cmd on macOS ({@link KeyCombination#SHORTCUT_DOWN}).
 */
public enum Keymap {
    UNDO("Ctrl+Z", "Undo (the Edit menu names the step)", Where.MENU, shortcut(KeyCode.Z)),
    REDO(
            "Ctrl+Shift+Z / Ctrl+Y",
            "Redo",
            Where.MENU,
            shortcutShift(KeyCode.Z),
            shortcut(KeyCode.Y)),
    AUTO_LAYOUT(
            "Ctrl+Shift+L",
            "Auto-layout, left to right from the entry (one step)",
            Where.MENU,
            shortcutShift(KeyCode.L)),
    COPY("Ctrl+C", "Copy the selected cards", Where.CANVAS, shortcut(KeyCode.C)),
    PASTE(
            "Ctrl+V",
            "Paste the copied cards (at the pointer, one step)",
            Where.CANVAS,
            shortcut(KeyCode.V)),
    SELECT_ALL("Ctrl+A", "Select every node and transition", Where.CANVAS, shortcut(KeyCode.A)),
    SHIFT_CLICK("Shift+click", "Add a card to the selection or take it away", Where.MOUSE),
    SELECT_IN_RECTANGLE(
            "Shift+drag on empty canvas", "Select the cards in a rectangle", Where.MOUSE),
    DRAG_SELECTION("Drag a selected card", "Move the whole selection (one step)", Where.MOUSE),
    DRAG_FROM_PORT("Drag from a card's port", "Connect to another node", Where.MOUSE),
    DROP_ON_EMPTY_CANVAS(
            "Drop a connection on empty canvas",
            "Make the next step there, connected (one step)",
            Where.MOUSE),
    RENAME("Double-click a card's name", "Rename it in place", Where.MOUSE),
    RETARGET("Drag an arrow's end", "Re-target the transition", Where.MOUSE),
    DELETE(
            "Delete / Backspace",
            "Remove the selection (one step)",
            Where.CANVAS,
            anyModifiers(KeyCode.DELETE),
            anyModifiers(KeyCode.BACK_SPACE)),
    ESCAPE(
            "Escape",
            "Clear the selection, close this help",
            Where.CANVAS,
            anyModifiers(KeyCode.ESCAPE)),
    CYCLE(
            "Tab / Shift+Tab on the canvas",
            "Select the next / previous card or arrow (then leave the canvas)",
            Where.CANVAS,
            shiftOrNot(KeyCode.TAB)),
    LEAVE(
            "Ctrl+Tab",
            "Leave the canvas at once",
            Where.CANVAS,
            new KeyCodeCombination(KeyCode.TAB, ANY, DOWN, UP, ANY, UP)),
    NUDGE(
            "Arrow keys (Shift: further)",
            "Move the selected cards (one step when the key is let go)",
            Where.CANVAS,
            shiftOrNot(KeyCode.LEFT),
            shiftOrNot(KeyCode.RIGHT),
            shiftOrNot(KeyCode.UP),
            shiftOrNot(KeyCode.DOWN)),
    OPEN(
            "Enter",
            "Edit the selected card or arrow in the inspector",
            Where.CANVAS,
            anyModifiers(KeyCode.ENTER)),
    CONNECT(
            "C, Tab to a card, Enter",
            "Connect the selected card to another one",
            Where.CANVAS,
            new KeyCodeCombination(KeyCode.C)),
    ADD_FROM_PALETTE("Enter / Space on a palette item", "Add that step to the canvas", Where.OTHER),
    OPEN_MENU("Alt+F / E / V / H, F10", "Open a menu", Where.OTHER),
    PAN(
            "Drag on empty canvas / arrow keys",
            "Pan (keys: nothing selected)",
            Where.CANVAS,
            anyModifiers(KeyCode.LEFT),
            anyModifiers(KeyCode.RIGHT),
            anyModifiers(KeyCode.UP),
            anyModifiers(KeyCode.DOWN)),
    ZOOM_IN(
            "+ / Ctrl+scroll up",
            "Zoom in",
            Where.CANVAS,
            anyModifiers(KeyCode.PLUS),
            anyModifiers(KeyCode.EQUALS),
            anyModifiers(KeyCode.ADD)),
    ZOOM_OUT(
            "− / Ctrl+scroll down",
            "Zoom out",
            Where.CANVAS,
            anyModifiers(KeyCode.MINUS),
            anyModifiers(KeyCode.SUBTRACT)),
    FIT(
            "0",
            "Fit the journey into the view",
            Where.CANVAS,
            anyModifiers(KeyCode.DIGIT0),
            anyModifiers(KeyCode.NUMPAD0)),
    PEOPLE_OF_A_STEP(
            "Click a card's \"here\" or ✕ count",
            "List the users in that step, or who failed there (by reason)",
            Where.MOUSE),
    REPLAY_A_USER(
            "Click a user in the people panel",
            "Replay their path on the canvas: first, previous, play, next, last step",
            Where.MOUSE),
    LEAVE_REPLAY("Escape during a replay", "Leave the replay", Where.OTHER),
    ANALYTICS("Ctrl+Shift+A", "Analytics overlay on / off", Where.MENU, shortcutShift(KeyCode.A)),
    EXPORT_JOURNEY(
            "Ctrl+Shift+S",
            "Export the journey as JSON (as `journey export`)",
            Where.MENU,
            shortcutShift(KeyCode.S)),
    IMPORT_JOURNEY(
            "Ctrl+Shift+O",
            "Import a journey from JSON (a new draft)",
            Where.MENU,
            shortcutShift(KeyCode.O)),
    DUPLICATE_JOURNEY(
            "Ctrl+Shift+D",
            "Duplicate the journey (a new draft, \"… (copy)\")",
            Where.MENU,
            shortcutShift(KeyCode.D)),
    EXPORT_PNG(
            "Ctrl+Shift+E",
            "Export the whole journey as PNG (File: also at 2×)",
            Where.MENU,
            shortcutShift(KeyCode.E)),
    MINIMAP("Ctrl+Shift+M", "Minimap on / off", Where.MENU, shortcutShift(KeyCode.M)),
    DARK_THEME("Ctrl+Shift+T", "Dark theme on / off", Where.MENU, shortcutShift(KeyCode.T)),
    CONNECT_REMOTE(
            "Ctrl+Shift+K", "Connect to a remote engine", Where.MENU, shortcutShift(KeyCode.K)),
    QUIT("Ctrl+Q", "Quit (as closing the window)", Where.MENU, shortcut(KeyCode.Q)),
    EMAIL_TEMPLATES(
            "Ctrl+Shift+Y",
            "Email templates: write, preview and test the emails",
            Where.MENU,
            shortcutShift(KeyCode.Y)),
    SAVE_EMAIL(
            "Ctrl+S in the email templates",
            "Save the email",
            Where.TEMPLATES,
            shortcut(KeyCode.S)),
    HELP("F1", "This help", Where.MENU, new KeyCodeCombination(KeyCode.F1));

    /** Who matches a binding's combinations. */
    public enum Where {
        /**
         * A menu item's accelerator (the first combination); the window matches the others, which a
         * menu item cannot carry.
         */
        MENU,
        /** The canvas, while it has the focus. */
        CANVAS,
        /** The email templates window. */
        TEMPLATES,
        /** A mouse gesture: in the help only. */
        MOUSE,
        /** Keys JavaFX handles itself (menu mnemonics, a focused button): in the help only. */
        OTHER
    }

    private final String keys;
    private final String description;
    private final Where where;
    private final List<KeyCombination> combinations;

    Keymap(String keys, String description, Where where, KeyCombination... combinations) {
        this.keys = keys;
        this.description = description;
        this.where = where;
        this.combinations = List.of(combinations);
    }

    /** The keys as the help names them. */
    public String keys() {
        return keys;
    }

    /** What they do, as the help says it. */
    public String description() {
        return description;
    }

    public Where where() {
        return where;
    }

    public List<KeyCombination> combinations() {
        return combinations;
    }

    /** The first combination: a menu item's accelerator. */
    public KeyCombination accelerator() {
        return combinations.getFirst();
    }

    public boolean matches(KeyEvent e) {
        return combinations.stream().anyMatch(c -> c.match(e));
    }

    /**
     * Whether a combination other than the {@link #accelerator()} matches: a menu item matches its
     * accelerator itself, the window the rest (Ctrl+Y for Redo).
     */
    public boolean matchesBesidesAccelerator(KeyEvent e) {
        return combinations.stream().skip(1).anyMatch(c -> c.match(e));
    }

    /** The bindings one place matches, in the table's order. */
    public static List<Keymap> in(Where where) {
        return Arrays.stream(values()).filter(b -> b.where == where).toList();
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(
                code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** The key alone or with Shift (Shift changes how far or which way, not the action). */
    private static KeyCombination shiftOrNot(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY);
    }

    /** The key whatever the modifiers, as the canvas has always taken these keys. */
    private static KeyCombination anyModifiers(KeyCode code) {
        return new KeyCodeCombination(code, ANY, ANY, ANY, ANY, ANY);
    }
}

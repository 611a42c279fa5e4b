package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.studio.canvas.CanvasViewModel;
import com.ascendkit.journeys.studio.journeys.JourneyTransfer;
import com.ascendkit.journeys.studio.keymap.Keymap;
import com.ascendkit.journeys.studio.live.AnalyticsViewModel;
import com.ascendkit.journeys.studio.settings.Theme;
import com.ascendkit.journeys.studio.sync.CommandStack;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The menu bar. Edit: Undo and Redo named after the edit they take back or make again ("Undo move
 * 'welcome'"), on Ctrl+Z and Ctrl+Shift+Z (Cmd on macOS); Ctrl+Y also redoes. View: the analytics
 * overlay on Ctrl+Shift+A. Edit: Auto-layout (ELK, one undoable step) on Ctrl+Shift+L. View also:
 * minimap (Ctrl+Shift+M), dark theme (Ctrl+Shift+T), both remembered; Email templates…
 * (Ctrl+Shift+Y) opens the Templates window. File: export the whole journey as PNG at 1×
 * (Ctrl+Shift+E) or 2×, run the engine in the background, and Quit (Ctrl+Q, Cmd+Q on macOS: the
 * same as closing the window). Help: the shortcut overlay (F1). Every menu and item has a mnemonic
 * (Alt+F opens File; F10 focuses the bar), except Undo and Redo, whose text names nodes.
 */
final class StudioMenus {
    private StudioMenus() {}

    /**
     * The menu bar; every accelerator comes from {@link Keymap}. {@code keys} gets the further
     * combinations of a menu binding (Ctrl+Y for Redo), which a menu item cannot carry.
     */
    static MenuBar create(
            Studio studio,
            Region keys,
            java.util.function.IntConsumer exportPng,
            Runnable showHelp,
            Runnable connectRemote,
            Runnable showBackgroundService,
            Runnable quit,
            Runnable showTemplates) {
        CommandStack history = studio.session().history();
        AnalyticsViewModel analytics = studio.analytics();
        CanvasViewModel canvas = studio.canvas();
        JourneyTransfer transfer = studio.transfer();
        MenuItem undo = new MenuItem();
        undo.setId("undo");
        undo.setMnemonicParsing(false); // the text names nodes, whose '_' is no mnemonic
        undo.textProperty().bind(history.undoTextProperty());
        undo.setAccelerator(Keymap.UNDO.accelerator());
        undo.setOnAction(e -> history.undo());
        MenuItem redo = new MenuItem();
        redo.setId("redo");
        redo.setMnemonicParsing(false);
        redo.textProperty().bind(history.redoTextProperty());
        redo.setAccelerator(Keymap.REDO.accelerator());
        redo.setOnAction(e -> history.redo());
        history.revisionProperty()
                .addListener(
                        (o, a, b) -> {
                            undo.setDisable(!history.canUndo());
                            redo.setDisable(!history.canRedo());
                        });
        undo.setDisable(true);
        redo.setDisable(true);
        keys.addEventHandler(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (Keymap.REDO.matchesBesidesAccelerator(e)) {
                        history.redo();
                        e.consume();
                    }
                });
        MenuItem layout = new MenuItem("Auto-_layout");
        layout.setId("auto-layout");
        layout.setAccelerator(Keymap.AUTO_LAYOUT.accelerator());
        layout.setOnAction(e -> canvas.moves().autoLayout());
        // Copy and paste have no accelerator here: Ctrl+C/V belong to a focused text field first;
        // the canvas takes them when it has the focus.
        MenuItem copy = new MenuItem("_Copy cards");
        copy.setId("copy");
        copy.setOnAction(e -> canvas.clipboard().copy());
        MenuItem paste = new MenuItem("_Paste cards");
        paste.setId("paste");
        paste.setOnAction(e -> canvas.clipboard().paste(null));
        Menu edit =
                new Menu(
                        "_Edit",
                        null,
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        copy,
                        paste,
                        new SeparatorMenuItem(),
                        layout);
        edit.setId("edit-menu");
        CheckMenuItem overlay = new CheckMenuItem("_Analytics overlay");
        overlay.setId("analytics-overlay");
        overlay.selectedProperty().bindBidirectional(analytics.shownProperty());
        overlay.setAccelerator(Keymap.ANALYTICS.accelerator());
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("dark-theme");
        dark.setAccelerator(Keymap.DARK_THEME.accelerator());
        ObjectProperty<Theme> theme = studio.settings().themeProperty();
        dark.setSelected(theme.get() == Theme.DARK);
        dark.selectedProperty().addListener((o, a, b) -> theme.set(b ? Theme.DARK : Theme.LIGHT));
        theme.addListener((o, a, b) -> dark.setSelected(b == Theme.DARK));
        CheckMenuItem minimap = new CheckMenuItem("_Minimap");
        minimap.setId("minimap-toggle");
        minimap.setAccelerator(Keymap.MINIMAP.accelerator());
        minimap.selectedProperty().bindBidirectional(studio.settings().minimapProperty());
        MenuItem templates = item("email-templates", "_Email templates…", Keymap.EMAIL_TEMPLATES);
        templates.setOnAction(e -> showTemplates.run());
        Menu view =
                new Menu("_View", null, templates, new SeparatorMenuItem(), overlay, minimap, dark);
        view.setId("view-menu");
        MenuItem export = item("export-png", "Export journey as _PNG…", Keymap.EXPORT_PNG);
        export.setOnAction(e -> exportPng.accept(1));
        MenuItem export2 = new MenuItem("Export journey as PNG at _2×…");
        export2.setId("export-png-2x");
        export2.setOnAction(e -> exportPng.accept(2));
        MenuItem quitItem = item("quit", "_Quit", Keymap.QUIT);
        quitItem.setDisable(quit == null);
        quitItem.setOnAction(
                e -> {
                    if (quit != null) {
                        quit.run();
                    }
                });
        MenuItem exportJourney = item("export-journey", "_Export journey…", Keymap.EXPORT_JOURNEY);
        exportJourney.setOnAction(e -> transfer.exportOpen());
        MenuItem importJourney = item("import-journey", "_Import journey…", Keymap.IMPORT_JOURNEY);
        importJourney.setOnAction(e -> transfer.importFile());
        MenuItem duplicate =
                item("duplicate-journey", "_Duplicate journey", Keymap.DUPLICATE_JOURNEY);
        duplicate.setOnAction(e -> transfer.duplicateOpen());
        MenuItem connect =
                item("connect-remote", "Connect to _remote engine…", Keymap.CONNECT_REMOTE);
        connect.setDisable(connectRemote == null);
        connect.setOnAction(
                e -> {
                    if (connectRemote != null) {
                        connectRemote.run();
                    }
                });
        MenuItem background = backgroundItem(studio, showBackgroundService);
        Menu file =
                new Menu(
                        "_File",
                        null,
                        connect,
                        background,
                        new SeparatorMenuItem(),
                        exportJourney,
                        importJourney,
                        duplicate,
                        new SeparatorMenuItem(),
                        export,
                        export2,
                        new SeparatorMenuItem(),
                        quitItem);
        file.setId("file-menu");
        MenuItem shortcuts = new MenuItem("_Keyboard shortcuts");
        shortcuts.setId("shortcuts");
        shortcuts.setAccelerator(Keymap.HELP.accelerator());
        shortcuts.setOnAction(e -> showHelp.run());
        Menu help = new Menu("_Help", null, shortcuts);
        help.setId("help-menu");
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * File → Run engine in background…, disabled where the service commands cannot run (not an
     * installed app), with a tooltip that says why. A disabled menu item is disabled by style only
     * (its row still gets the mouse), so a tooltip on a custom item's label does show.
     */
    private static MenuItem backgroundItem(Studio studio, Runnable show) {
        MenuItem item;
        if (studio.background().available()) {
            item = new MenuItem("Run engine in _background…");
            item.setOnAction(e -> show.run());
        } else {
            Label text = new Label("Run engine in background…");
            text.setId("background-service-label");
            text.setTooltip(new Tooltip(studio.background().unavailableReason()));
            text.setAccessibleHelp(studio.background().unavailableReason());
            item = new CustomMenuItem(text, false);
            item.setDisable(true);
        }
        item.setId("background-service");
        return item;
    }

    private static MenuItem item(String id, String text, Keymap keys) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys.accelerator());
        return item;
    }
}

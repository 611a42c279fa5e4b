package com.ascendkit.journeys.studio.help;

import java.util.List;

/** Every keyboard and mouse command of the editor, for the help overlay (F1) and the docs. */
public final class Shortcuts {
    /** One line of the help: the keys and what they do. */
    public record Shortcut(String keys, String action) {}

    public static final List<Shortcut> ALL =
            List.of(
                    new Shortcut("Ctrl+Z", "Undo (the Edit menu names the step)"),
                    new Shortcut("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
                    new Shortcut(
                            "Ctrl+Shift+L", "Auto-layout, left to right from the entry (one step)"),
                    new Shortcut(
                            "Ctrl+C / Ctrl+V",
                            "Copy the selected cards / paste them (at the pointer, one step)"),
                    new Shortcut("Ctrl+A", "Select every node and transition"),
                    new Shortcut("Shift+click", "Add a card to the selection or take it away"),
                    new Shortcut("Shift+drag on empty canvas", "Select the cards in a rectangle"),
                    new Shortcut("Drag a selected card", "Move the whole selection (one step)"),
                    new Shortcut("Drag from a card's port", "Connect to another node"),
                    new Shortcut(
                            "Drop a connection on empty canvas",
                            "Make the next step there, connected (one step)"),
                    new Shortcut("Double-click a card's name", "Rename it in place"),
                    new Shortcut("Drag an arrow's end", "Re-target the transition"),
                    new Shortcut("Delete / Backspace", "Remove the selection (one step)"),
                    new Shortcut("Escape", "Clear the selection, close this help"),
                    new Shortcut(
                            "Tab / Shift+Tab on the canvas",
                            "Select the next / previous card or arrow (then leave the canvas)"),
                    new Shortcut("Ctrl+Tab", "Leave the canvas at once"),
                    new Shortcut(
                            "Arrow keys (Shift: further)",
                            "Move the selected cards (one step when the key is let go)"),
                    new Shortcut("Enter", "Edit the selected card or arrow in the inspector"),
                    new Shortcut(
                            "C, Tab to a card, Enter", "Connect the selected card to another one"),
                    new Shortcut("Enter / Space on a palette item", "Add that step to the canvas"),
                    new Shortcut("Alt+F / E / V / H, F10", "Open a menu"),
                    new Shortcut(
                            "Drag on empty canvas / arrow keys", "Pan (keys: nothing selected)"),
                    new Shortcut("+ / − / Ctrl+scroll", "Zoom in / out"),
                    new Shortcut("0", "Fit the journey into the view"),
                    new Shortcut("Ctrl+Shift+A", "Analytics overlay on / off"),
                    new Shortcut(
                            "Ctrl+Shift+S", "Export the journey as JSON (as `journey export`)"),
                    new Shortcut("Ctrl+Shift+O", "Import a journey from JSON (a new draft)"),
                    new Shortcut(
                            "Ctrl+Shift+D", "Duplicate the journey (a new draft, \"… (copy)\")"),
                    new Shortcut(
                            "Ctrl+Shift+E", "Export the whole journey as PNG (File: also at 2×)"),
                    new Shortcut("Ctrl+Shift+M", "Minimap on / off"),
                    new Shortcut("Ctrl+Shift+T", "Dark theme on / off"),
                    new Shortcut("Ctrl+Q", "Quit (as closing the window)"),
                    new Shortcut(
                            "Ctrl+Shift+Y", "Email templates: write, preview and test the emails"),
                    new Shortcut("Ctrl+S in the email templates", "Save the email"),
                    new Shortcut("F1", "This help"));

    private Shortcuts() {}
}

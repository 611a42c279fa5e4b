package com.ascendkit.journeys.studio.help;

import com.ascendkit.journeys.studio.keymap.Keymap;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard-shortcut overlay over the canvas: every command of the {@link Keymap}, in its order,
 * closed by a click or Escape.
 */
public final class ShortcutHelpView {
    private final StackPane root = new StackPane();
    private static final double EDGE = 16;
    private javafx.scene.Node previousFocus;

    public ShortcutHelpView() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Keymap s : Keymap.values()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(s.description());
            action.setWrapText(true);
            keys.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, keys, action);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("journey-title");
        // scrolls when the window is short (1024×700, 200 % scaling on a small screen): the panel
        // is never taller or wider than the canvas it covers
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("shortcut-scroll");
        VBox panel = new VBox(12, title, scroll);
        panel.getStyleClass().add("shortcut-panel");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        panel.maxHeightProperty()
                .bind(
                        javafx.beans.binding.Bindings.createDoubleBinding(
                                () -> Math.min(panel.prefHeight(-1), root.getHeight() - 2 * EDGE),
                                root.heightProperty(),
                                root.visibleProperty()));
        panel.maxWidthProperty()
                .bind(
                        javafx.beans.binding.Bindings.createDoubleBinding(
                                () -> Math.min(panel.prefWidth(-1), root.getWidth() - 2 * EDGE),
                                root.widthProperty(),
                                root.visibleProperty()));
        panel.setId("shortcut-panel");
        root.getChildren().add(panel);
        StackPane.setAlignment(panel, Pos.CENTER);
        root.setId("shortcut-help");
        root.getStyleClass().add("shortcut-help");
        root.setVisible(false);
        root.setOnMouseClicked(e -> hide());
        root.setOnKeyPressed(
                e -> {
                    if (Keymap.ESCAPE.matches(e)) {
                        hide();
                        e.consume();
                    }
                });
    }

    public void toggle() {
        if (root.isVisible()) {
            hide();
        } else {
            previousFocus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            root.setVisible(true);
            root.requestFocus();
        }
    }

    /** Closes the overlay; the focus goes back where it was when it opened. */
    public void hide() {
        root.setVisible(false);
        if (previousFocus != null && previousFocus.getScene() == root.getScene()) {
            previousFocus.requestFocus();
        }
        previousFocus = null;
    }

    public StackPane root() {
        return root;
    }
}

package com.ascendkit.journeys.studio.help;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard-shortcut overlay over the canvas: every command, closed by a click or Escape. */
public final class ShortcutHelpView {
    private final StackPane root = new StackPane();

    public ShortcutHelpView() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("journey-title");
        VBox panel = new VBox(12, title, grid);
        panel.getStyleClass().add("shortcut-panel");
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(panel);
        StackPane.setAlignment(panel, Pos.CENTER);
        root.setId("shortcut-help");
        root.getStyleClass().add("shortcut-help");
        root.setVisible(false);
        root.setOnMouseClicked(e -> hide());
        root.setOnKeyPressed(
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        hide();
                        e.consume();
                    }
                });
    }

    public void toggle() {
        if (root.isVisible()) {
            hide();
        } else {
            root.setVisible(true);
            root.requestFocus();
        }
    }

    public void hide() {
        root.setVisible(false);
    }

    public StackPane root() {
        return root;
    }
}

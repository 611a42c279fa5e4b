package com.ascendkit.journeys.studio.palette;

import com.ascendkit.journeys.studio.Fxml;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The node types to drag onto the canvas: a narrow strip of icons on the canvas's left edge, each
 * named in its tooltip (and to screen readers), so the canvas keeps the window's width. The drag is
 * a plain press-drag-release (not the platform's drag and drop), so it behaves the same everywhere,
 * headless tests included. Each item is a button: Space or Enter on it (or a click) adds the node
 * in the middle of the view.
 */
public final class PaletteView {
    private final VBox root;
    @FXML private VBox items;

    public PaletteView(DropTarget target) {
        root = Fxml.load(this, "Palette");
        for (String type : Icons.STEP_KINDS) {
            Button item = new Button(Icons.label(type), Icons.forAction(type));
            item.setId("palette-" + type);
            item.getStyleClass().add("palette-item");
            item.setCursor(Cursor.OPEN_HAND);
            item.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            item.setAlignment(Pos.CENTER);
            item.setMnemonicParsing(false);
            item.setAccessibleText("Add a step: " + Icons.label(type));
            Tooltip tip =
                    new Tooltip(Icons.label(type) + " — drag onto the canvas, or click to add");
            tip.setShowDelay(javafx.util.Duration.millis(300));
            item.setTooltip(tip);
            boolean[] dragged = {false}; // a drag is a drop, not also a click
            item.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragged[0] = false);
            item.addEventFilter(KeyEvent.KEY_PRESSED, e -> dragged[0] = false);
            item.setOnMouseDragged(
                    e -> {
                        dragged[0] = true;
                        target.dragOver(type, e.getSceneX(), e.getSceneY());
                    });
            item.setOnMouseReleased(e -> target.drop(type, e.getSceneX(), e.getSceneY()));
            item.setOnAction(
                    e -> {
                        if (!dragged[0]) {
                            target.add(type);
                        }
                    });
            items.getChildren().add(item);
        }
    }

    public VBox root() {
        return root;
    }
}

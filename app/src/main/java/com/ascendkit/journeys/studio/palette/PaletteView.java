package com.ascendkit.journeys.studio.palette;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.studio.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The node types to drag onto the canvas. The drag is a plain press-drag-release (not the
 * platform's drag and drop), so it behaves the same everywhere, headless tests included.
 */
public final class PaletteView {
    private final VBox root;
    @FXML private VBox items;

    public PaletteView(DropTarget target) {
        root = Fxml.load(this, "Palette");
        for (String type : Action.TYPES) {
            Label item = new Label(Icons.label(type), Icons.forAction(type));
            item.setId("palette-" + type);
            item.getStyleClass().add("palette-item");
            item.setCursor(Cursor.OPEN_HAND);
            item.setMaxWidth(Double.MAX_VALUE);
            item.setOnMouseDragged(e -> target.dragOver(type, e.getSceneX(), e.getSceneY()));
            item.setOnMouseReleased(e -> target.drop(type, e.getSceneX(), e.getSceneY()));
            items.getChildren().add(item);
        }
    }

    public VBox root() {
        return root;
    }
}

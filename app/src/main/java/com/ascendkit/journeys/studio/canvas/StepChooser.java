package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.studio.palette.Icons;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The small question after a connection was dropped on empty canvas: which kind of step comes next?
 * One button per step type (Tab and Enter, or a click); Escape or a click elsewhere makes nothing.
 */
final class StepChooser {
    private final VBox root = new VBox(4);
    private final Runnable onClose;
    private Consumer<String> accept;

    StepChooser(Pane overlay, Runnable onClose) {
        this.onClose = onClose;
        root.setId("step-chooser");
        root.getStyleClass().add("popover-card");
        Label title = new Label("Next step");
        title.getStyleClass().add("panel-title");
        root.getChildren().add(title);
        for (String type : Icons.STEP_KINDS) {
            Button b = new Button(Icons.label(type), Icons.forAction(type));
            b.setId("next-step-" + type);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMnemonicParsing(false);
            b.getStyleClass().add("palette-item");
            b.setOnAction(
                    e -> {
                        hide();
                        accept.accept(type);
                    });
            root.getChildren().add(b);
        }
        root.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        hide();
                        e.consume();
                    }
                });
        root.setVisible(false);
        root.setManaged(false);
        overlay.getChildren().add(root);
    }

    boolean isShowing() {
        return root.isVisible();
    }

    /** Shows the question at (x, y) in the overlay; {@code onChoice} gets the chosen type. */
    void show(double x, double y, Consumer<String> onChoice) {
        accept = onChoice;
        Pane overlay = (Pane) root.getParent();
        root.setVisible(true);
        root.autosize();
        double w = root.prefWidth(-1);
        double h = root.prefHeight(w);
        root.relocate(
                Math.max(8, Math.min(x, overlay.getWidth() - w - 8)),
                Math.max(8, Math.min(y, overlay.getHeight() - h - 8)));
        root.getChildren().get(1).requestFocus();
    }

    void hide() {
        if (root.isVisible()) {
            root.setVisible(false);
            onClose.run();
        }
    }
}

package com.ascendkit.journeys.studio.inspector;

import com.ascendkit.journeys.studio.editing.KeyValueRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Key/value rows bound to a list of {@link KeyValueRow}; {@code commit} runs when a field is left
 * or Enter is pressed, and after a row is removed. Rows are rebuilt only when rows come or go, so
 * typing keeps focus.
 */
final class KeyValueRowsView {
    private KeyValueRowsView() {}

    static void bind(
            VBox box,
            ObservableList<KeyValueRow> rows,
            String idPrefix,
            Runnable commit,
            java.util.function.Consumer<KeyValueRow> remove) {
        Runnable rebuild =
                () -> {
                    box.getChildren().clear();
                    int i = 0;
                    for (KeyValueRow row : rows) {
                        box.getChildren().add(rowView(row, idPrefix + "-" + i++, commit, remove));
                    }
                };
        rows.addListener(
                (ListChangeListener<KeyValueRow>)
                        c -> {
                            while (c.next()) {
                                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                                    rebuild.run();
                                    return;
                                }
                            }
                        });
        rebuild.run();
    }

    private static HBox rowView(
            KeyValueRow row,
            String id,
            Runnable commit,
            java.util.function.Consumer<KeyValueRow> remove) {
        TextField key = field(row.keyProperty(), "key", id + "-key", commit);
        TextField value = field(row.valueProperty(), "value", id + "-value", commit);
        Button delete = new Button("✕");
        delete.getStyleClass().addAll("flat", "small");
        delete.setOnAction(e -> remove.accept(row));
        HBox.setHgrow(key, Priority.ALWAYS);
        HBox.setHgrow(value, Priority.ALWAYS);
        return new HBox(4, key, value, delete);
    }

    private static TextField field(
            javafx.beans.property.StringProperty property,
            String prompt,
            String id,
            Runnable commit) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(property);
        f.setOnAction(e -> commit.run());
        f.focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (was && !is) {
                                commit.run();
                            }
                        });
        return f;
    }
}

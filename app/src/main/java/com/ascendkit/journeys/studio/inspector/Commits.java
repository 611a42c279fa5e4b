package com.ascendkit.journeys.studio.inspector;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** A text field commits when Enter is pressed and when it loses focus. */
final class Commits {
    private Commits() {}

    /**
     * As {@link #onCommit(TextField, Runnable)}, and Escape puts back the last good value ({@code
     * revert} says whether there was anything to put back; if not, Escape goes on to leave the
     * form).
     */
    static void onCommit(TextField field, Runnable commit, BooleanSupplier revert) {
        field.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE && revert.getAsBoolean()) {
                        field.selectAll();
                        e.consume();
                    }
                });
        onCommit(field, commit);
    }

    static void onCommit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (was && !is) {
                                commit.run();
                            }
                        });
    }
}

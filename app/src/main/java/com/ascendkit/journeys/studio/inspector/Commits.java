package com.ascendkit.journeys.studio.inspector;

import javafx.scene.control.TextField;

/** A text field commits when Enter is pressed and when it loses focus. */
final class Commits {
    private Commits() {}

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

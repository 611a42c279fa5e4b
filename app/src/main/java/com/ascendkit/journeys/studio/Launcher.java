package com.ascendkit.journeys.studio;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so the editor starts with JavaFX on the
 * class path (no module path needed): {@code java -cp … com.ascendkit.journeys.studio.Launcher}.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(StudioApplication.class, args);
    }
}

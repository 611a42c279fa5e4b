package com.ascendkit.journeys.studio;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The editor's look: AtlantaFX Primer Light as the base, then the editor's own stylesheet. */
public final class StudioTheme {
    private StudioTheme() {}

    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets()
                .add(StudioTheme.class.getResource("/css/studio.css").toExternalForm());
    }
}

package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.studio.settings.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The editor's look: AtlantaFX Primer Light or Primer Dark as the base (one per application, so a
 * switch restyles every window at once), then the editor's own stylesheet, whose colours are
 * AtlantaFX's looked-up colours and so follow the base.
 */
public final class StudioTheme {
    private StudioTheme() {}

    public static void apply(Scene scene) {
        apply(scene, Theme.LIGHT);
    }

    public static void apply(Scene scene, Theme theme) {
        use(theme);
        String css = StudioTheme.class.getResource("/css/studio.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** Switches the base stylesheet of the whole application. */
    public static void use(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }
}

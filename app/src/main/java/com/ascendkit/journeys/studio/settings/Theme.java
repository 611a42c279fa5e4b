package com.ascendkit.journeys.studio.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The editor's two looks: AtlantaFX Primer Light and Primer Dark. */
public enum Theme {
    LIGHT,
    DARK;

    /** The AtlantaFX stylesheet the application uses as its base. */
    public String userAgentStylesheet() {
        return this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }
}

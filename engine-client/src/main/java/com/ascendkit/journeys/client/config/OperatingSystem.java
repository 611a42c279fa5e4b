package com.ascendkit.journeys.client.config;

import java.util.Locale;

/** Decides where the credentials file lives. Injectable so tests cover every platform. */
public enum OperatingSystem {
    LINUX,
    MACOS,
    WINDOWS;

    /** The running OS; anything not macOS or Windows is treated as Linux (XDG). */
    public static OperatingSystem current() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.contains("darwin")) {
            return MACOS;
        }
        return LINUX;
    }
}

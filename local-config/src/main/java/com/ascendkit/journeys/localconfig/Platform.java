package com.ascendkit.journeys.localconfig;

import java.util.Locale;

/** The OS conventions a user's files follow. Injectable, so tests cover every platform anywhere. */
public enum Platform {
    /** Linux and any other Unix: the XDG base directories. */
    LINUX,
    MACOS,
    WINDOWS;

    /** The platform named by {@code os.name}; anything not macOS or Windows follows XDG. */
    public static Platform of(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.contains("darwin")) {
            return MACOS;
        }
        return LINUX;
    }

    /** This process's platform. */
    public static Platform current() {
        return of(System.getProperty("os.name", ""));
    }
}

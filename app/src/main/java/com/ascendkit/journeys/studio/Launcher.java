package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.studio.connection.EngineConnector;
import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so the editor starts with JavaFX on the
 * class path (no module path needed): {@code java -cp … com.ascendkit.journeys.studio.Launcher}.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        quietLibraries();
        // the engine starts while JavaFX does (EarlyConnection); the window waits for it
        EarlyConnection.begin(() -> EngineConnector.fromEnvironment().connect());
        if (java.util.List.of(args).contains(SelfTest.FLAG)) {
            System.exit(SelfTest.run(args));
        }
        Application.launch(StudioApplication.class, args);
        // the last window closed and stop() has run (the engine stopped or handed over): end now,
        // whatever thread a library may still hold
        System.exit(0);
    }

    /** The embedded engine's libraries say little unless the user configured slf4j-simple. */
    private static void quietLibraries() {
        for (String library :
                new String[] {"org.eclipse.jetty", "io.javalin", "com.zaxxer.hikari"}) {
            String key = "org.slf4j.simpleLogger.log." + library;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.org.flywaydb") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "error");
        }
        if (System.getProperty("org.slf4j.simpleLogger.showThreadName") == null) {
            System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        }
    }
}

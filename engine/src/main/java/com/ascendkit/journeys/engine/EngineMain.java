package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.LocalEngine;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar journey-engine.jar [options]} starts an engine on this machine; {@code …
 * create-environment <name> [options]} adds an environment and writes its keys to the credentials
 * file. Everything it says goes through the log (stderr): it never prints or logs a key. Exit
 * codes: 0 fine, 1 failed, 2 usage error.
 */
public final class EngineMain {
    private EngineMain() {}

    public static void main(String[] args) {
        configureLogging();
        Logger log = LoggerFactory.getLogger(EngineMain.class);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            log.error("{}\n{}", e.getMessage(), LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            log.info("{}", LaunchOptions.USAGE);
            return;
        }
        try {
            run(options, AppDirs.detect(), log);
        } catch (DataDirInUseException | IllegalStateException | IllegalArgumentException e) {
            log.error("{}", e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            log.error("the engine could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    /** Runs the launcher; returns the started engine (null for {@code create-environment}). */
    static Engine run(LaunchOptions o, AppDirs defaults, Logger log) {
        AppDirs dirs = defaults;
        if (o.dataDir() != null) {
            dirs = dirs.withDataDir(o.dataDir());
        }
        if (o.credentialsFile() != null) {
            dirs = dirs.withCredentialsFile(o.credentialsFile());
        }
        DatabaseConfig db =
                o.databaseUrl() != null
                        ? DatabaseConfig.jdbc(
                                o.databaseUrl(), o.databaseUser(), o.databasePassword())
                        : DatabaseConfig.embedded(dirs.dataDir());
        Clock wall = Clock.systemUTC();
        // The composition root is where the clock is chosen: a simulated one starts at "now".
        Clock clock = o.simulatedClock() ? new SimulatedClock(wall.instant()) : wall;
        Engine.Builder builder =
                Engine.builder()
                        .database(db)
                        .clock(clock)
                        .host(o.host())
                        .port(o.port())
                        .httpLimits(o.httpLimits())
                        .journeyLimits(o.journeyLimits())
                        .runtime(
                                r -> {
                                    r.smtp(o.smtp());
                                    if (o.defaultSender() != null) {
                                        r.defaultSender(
                                                o.defaultSender().email(),
                                                o.defaultSender().name());
                                    }
                                });
        if (o.createEnvironment() != null) {
            try (Engine engine = builder.build()) {
                LocalEngine.createEnvironment(
                        engine, o.createEnvironment(), dirs.credentialsFile());
            }
            return null;
        }
        log.info(
                "data: {}",
                db.isEmbedded()
                        ? dirs.dataDir().toAbsolutePath()
                        : "the database at " + o.databaseUrl());
        if (o.simulatedClock()) {
            log.info("simulated clock: time stands still at {}", clock.instant());
        }
        log.info(
                "email: {}",
                o.smtp() == null
                        ? "no SMTP server (--smtp-host): emails stay in the outbox"
                        : "SMTP " + o.smtp());
        Engine engine = LocalEngine.start(builder, dirs.credentialsFile());
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "engine-shutdown"));
        return engine;
    }

    /** A plain log format for a command line, unless the user configured slf4j-simple. */
    private static void configureLogging() {
        setDefault("org.slf4j.simpleLogger.showThreadName", "false");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
        setDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setDefault("org.slf4j.simpleLogger.log.io.javalin", "warn");
        setDefault("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        setDefault("org.slf4j.simpleLogger.log.org.flywaydb", "error");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

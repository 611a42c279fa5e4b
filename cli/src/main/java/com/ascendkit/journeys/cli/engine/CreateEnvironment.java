package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.engine.DataDirInUseException;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.LocalEngine;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code env create <name>}: a new environment of the local engine and its keys, added to the
 * credentials file under that name (then {@code --env <name>} selects them). The API has no call
 * that creates environments, so this is the engine launcher's own {@code create-environment},
 * reachable from the CLI like {@code engine start}: it opens the local engine's database, which H2
 * allows one process at a time, so it runs while the engine is stopped.
 */
@Command(
        name = "create",
        description = {
            "Create an environment of the local engine and its keys, saved in the credentials"
                    + " file under that name (use it with --env <name>).",
            "Run it while the engine is stopped (its embedded database allows one process)."
        })
public final class CreateEnvironment extends EngineCommand {
    @Parameters(paramLabel = "<name>", description = "The environment's name (staging).")
    String name;

    @Option(
            names = "--data",
            paramLabel = "<dir>",
            description = "The local engine's data directory (default: the engine's).")
    Path data;

    @Override
    protected void execute() {
        // The engine opened here only to add an environment: its start-up log is noise, and
        // slf4j-simple reads its level once, before the first logger is made.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "error");
        AppDirs dirs = AppDirs.of(System.getProperty("os.name", ""), context().environment());
        if (data != null) {
            dirs = dirs.withDataDir(data);
        }
        try (Engine engine =
                Engine.builder().database(DatabaseConfig.embedded(dirs.dataDir())).build()) {
            LocalEngine.createEnvironment(engine, name, dirs.credentialsFile());
        } catch (DataDirInUseException e) {
            throw new CliRefusal(
                    e.getMessage()
                            + ": stop it, run ascendkit env create "
                            + name
                            + " again, then start it");
        } catch (IllegalArgumentException e) {
            throw new CliRefusal(e.getMessage());
        }
        out().println(
                        "Created environment "
                                + name
                                + "; its keys are in "
                                + dirs.credentialsFile()
                                + " (use it with --env "
                                + name
                                + ")");
    }
}

package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.internal.VersionProvider;
import com.ascendkit.journeys.engine.DataDirInUseException;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.Environments;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.engine.local.Credentials;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code env create <name>}: a new environment of the local engine and its keys, added to the
 * credentials file under that name (then {@code --env <name>} selects them). The API's keys belong
 * to one environment, so no key can create one: while the engine runs, this asks it with the admin
 * token its launcher wrote to the credentials file ({@link RunningEngineAdmin}); while it is
 * stopped, it opens the engine's database itself, as the launcher's {@code create-environment}
 * does. With {@code --data}, the directory named is opened first and the running engine is asked
 * only when it holds that directory, so that the environment never lands in another engine's data.
 */
@Command(
        name = "create",
        description = {
            "Create an environment of the local engine and its keys, saved in the credentials"
                    + " file under that name (use it with --env <name>).",
            "Works whether the engine runs (it is asked, with the admin token of the credentials"
                    + " file) or is stopped (its data directory is opened)."
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
        try {
            Environments.requireValidName(name);
        } catch (IllegalArgumentException e) {
            throw new CliRefusal(e.getMessage());
        }
        RunningEngineAdmin running =
                new RunningEngineAdmin(
                        dirs.credentialsFile(), "ascendkit-cli/" + new VersionProvider().version());
        Credentials.Keys keys;
        if (data == null) {
            AppDirs stopped = dirs;
            keys = running.createEnvironment(name).orElseGet(() -> openDataDir(stopped));
        } else {
            try {
                keys = createIn(dirs.dataDir());
            } catch (DataDirInUseException held) {
                keys = running.createEnvironment(name).orElseThrow(() -> stopFirst(held));
            }
        }
        Credentials.addEnvironment(dirs.credentialsFile(), name, keys);
        out().println(
                        "Created environment "
                                + name
                                + "; its keys are in "
                                + dirs.credentialsFile()
                                + " (use it with --env "
                                + name
                                + ")");
    }

    private Credentials.Keys openDataDir(AppDirs dirs) {
        try {
            return createIn(dirs.dataDir());
        } catch (DataDirInUseException held) {
            throw stopFirst(held);
        }
    }

    private Credentials.Keys createIn(Path dataDir) {
        try (Engine engine = Engine.builder().database(DatabaseConfig.embedded(dataDir)).build()) {
            IssuedKeys issued = engine.environments().create(name);
            return new Credentials.Keys(issued.secretKey(), issued.publishableKey());
        } catch (IllegalArgumentException e) {
            throw new CliRefusal(e.getMessage());
        }
    }

    /** Held by an engine that cannot be asked: one not started by the launcher, or older. */
    private CliRefusal stopFirst(DataDirInUseException held) {
        return new CliRefusal(
                held.getMessage()
                        + ": stop it, run ascendkit env create "
                        + name
                        + " again, then start it");
    }
}

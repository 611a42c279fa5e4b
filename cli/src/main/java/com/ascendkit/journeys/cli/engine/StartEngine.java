package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engine start [--port] [--data] [--clock simulated]}: runs until interrupted. */
@Command(
        name = "start",
        description =
                "Run the journey engine in the foreground (Ctrl-C stops it). It writes the"
                        + " credentials file the CLI reads.")
public final class StartEngine extends EngineCommand {
    @Option(
            names = "--port",
            defaultValue = "8765",
            description = "The HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--data",
            paramLabel = "<dir>",
            description = "Where the embedded database lives (default: the engine's).")
    Path data;

    @Option(
            names = "--clock",
            paramLabel = "wall|simulated",
            defaultValue = "wall",
            description =
                    "wall (default) or simulated: time stands still until POST /v1/dev/clock.")
    String clock;

    @Override
    protected void execute() {
        throw new CliRefusal(
                spec.qualifiedName()
                        + " is not available yet: the engine module is not on this branch");
    }
}

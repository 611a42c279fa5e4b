package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.engine.EngineMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code engine start [--port] [--data] [--clock simulated]}: the engine's own launcher ({@code
 * java -jar journey-engine.jar}), run in this process in the foreground until interrupted. The
 * launcher writes the credentials file the other commands read, and logs to stderr.
 */
@Command(
        name = "start",
        description = {
            "Run the journey engine in the foreground until interrupted (Ctrl-C).",
            "It writes the credentials file the other commands read."
        })
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
                    "wall (default), or simulated: time stands still until POST /v1/dev/clock.")
    String clock;

    @Override
    protected void execute() throws InterruptedException {
        if (!clock.equals("wall") && !clock.equals("simulated")) {
            throw usage("Invalid value for option '--clock': use wall or simulated, not " + clock);
        }
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port)));
        if (data != null) {
            args.addAll(List.of("--data", data.toString()));
        }
        args.addAll(List.of("--clock", clock));
        // The launcher starts the engine and returns; its shutdown hook stops it on Ctrl-C.
        EngineMain.main(args.toArray(String[]::new));
        new CountDownLatch(1).await();
    }
}

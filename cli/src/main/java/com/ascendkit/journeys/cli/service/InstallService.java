package com.ascendkit.journeys.cli.service;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engine service install [--port] [--data]}: write the service and start it. */
@Command(
        name = "install",
        description = {
            "Install and start the engine as this user's background service (ascendkit engine"
                    + " start, at every login).",
            "Exit 1 when the service manager is not available; the definition is written anyway."
        })
public final class InstallService extends ServiceCommand {
    @Option(
            names = "--port",
            defaultValue = "8765",
            description = "The engine's HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--data",
            paramLabel = "<dir>",
            description = "Where the embedded database lives (default: the engine's).")
    Path data;

    @Override
    EngineService.Result execute(EngineService service) {
        return service.install(
                EngineLaunch.of(EngineLaunch.currentLauncher(System.getProperties()), port, data));
    }
}

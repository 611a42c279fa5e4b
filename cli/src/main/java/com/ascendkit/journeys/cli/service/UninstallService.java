package com.ascendkit.journeys.cli.service;

import picocli.CommandLine.Command;

/** {@code engine service uninstall}: stop the service and remove its definition. */
@Command(
        name = "uninstall",
        description = "Stop the engine's background service and remove it (the data stays).")
public final class UninstallService extends ServiceCommand {
    @Override
    EngineService.Result execute(EngineService service) {
        return service.uninstall();
    }
}

package com.ascendkit.journeys.cli.service;

import picocli.CommandLine.Command;

/** {@code engine service status}: installed or not, and the service manager's state. */
@Command(
        name = "status",
        description = {
            "Say whether the engine's background service is installed and what state it is in.",
            "Exit 0 when installed, 1 when not."
        })
public final class ServiceStatus extends ServiceCommand {
    @Override
    EngineService.Result execute(EngineService service) {
        return service.status();
    }

    /** Not installed is an answer, not an error: the same lines on stdout. */
    @Override
    void printFailure(EngineService.Result result) {
        spec.commandLine().getOut().println(result.text());
    }
}

package com.ascendkit.journeys.cli.service;

import com.ascendkit.journeys.cli.AscendKitCommand;
import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * An {@code engine service} command: acts on this platform's service manager, found from the
 * context's environment, running its programs from the context's {@code PATH}.
 */
abstract class ServiceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public final Integer call() {
        CliContext context = ((AscendKitCommand) spec.root().userObject()).context();
        ServiceManager manager =
                ServiceManager.forPlatform(
                        System.getProperty("os.name", ""), context.environment());
        EngineService.Result result =
                execute(new EngineService(manager, new ProcessRunner(context.environment())));
        if (result.ok()) {
            spec.commandLine().getOut().println(result.text());
            return ExitCodes.OK;
        }
        printFailure(result);
        return ExitCodes.REFUSED;
    }

    abstract EngineService.Result execute(EngineService service);

    /** By default a failure is an error on stderr. */
    void printFailure(EngineService.Result result) {
        spec.commandLine().getErr().println("error: " + result.text());
    }
}

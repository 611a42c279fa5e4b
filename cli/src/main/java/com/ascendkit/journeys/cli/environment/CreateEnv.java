package com.ascendkit.journeys.cli.environment;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.cli.internal.EngineCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code env create <name>}: a new environment, its keys saved under that name. */
@Command(
        name = "create",
        description =
                "Create an environment and its keys, saved in the credentials file under that name"
                        + " (use it with --env <name>).")
public final class CreateEnv extends EngineCommand {
    @Parameters(paramLabel = "<name>", description = "The environment's name (staging).")
    String name;

    @Override
    protected void execute() {
        throw new CliRefusal(
                spec.qualifiedName()
                        + " is not available yet: the engine module is not on this branch");
    }
}

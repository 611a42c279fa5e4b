package com.ascendkit.journeys.cli.environment;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonArgs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code environment set --default-identity … --variables JSON}: only what is given changes. */
@Command(
        name = "set",
        description = "Change the environment's default sender identity or template variables.")
public final class SetEnvironment extends EngineCommand {
    @Option(
            names = "--default-identity",
            paramLabel = "<email>",
            description = "The verified identity send_email nodes use when they name none.")
    String defaultIdentity;

    @Option(
            names = "--variables",
            paramLabel = "<json>",
            converter = Converters.VariablesConverter.class,
            description = "Template variables for every email: '{\"company\": \"Acme\"}'.")
    JsonArgs.Variables variables;

    @Override
    protected void execute() {
        throw notWired();
    }
}

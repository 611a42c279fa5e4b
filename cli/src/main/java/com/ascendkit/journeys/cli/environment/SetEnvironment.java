package com.ascendkit.journeys.cli.environment;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonArgs;
import com.ascendkit.journeys.cli.output.EnvironmentText;
import com.ascendkit.journeys.model.api.EnvironmentSettings;
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
        if (defaultIdentity == null && variables == null) {
            throw usage("Nothing to set: give --default-identity or --variables");
        }
        EnvironmentSettings current = client().environment().get();
        EnvironmentSettings next =
                new EnvironmentSettings(
                        current.name(),
                        defaultIdentity != null ? defaultIdentity : current.defaultIdentityEmail(),
                        variables != null ? variables.values() : current.variables());
        EnvironmentSettings saved = client().environment().update(next);
        out().println("Updated environment " + saved.name());
        out().print(EnvironmentText.render(saved));
    }
}

package com.ascendkit.journeys.cli.environment;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.EnvironmentText;
import com.ascendkit.journeys.model.api.EnvironmentSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code environment show}. */
@Command(name = "show", description = "Show the environment's name, default sender and variables.")
public final class ShowEnvironment extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        EnvironmentSettings settings = client().environment().get();
        if (json.enabled()) {
            printJson(settings);
        } else {
            out().print(EnvironmentText.render(settings));
        }
    }
}

package com.ascendkit.journeys.cli.survey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code survey list}. */
@Command(name = "list", description = "List surveys.")
public final class ListSurveys extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        throw notWired();
    }
}

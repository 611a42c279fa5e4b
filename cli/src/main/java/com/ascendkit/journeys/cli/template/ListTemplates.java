package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code template list}. */
@Command(name = "list", description = "List email templates.")
public final class ListTemplates extends EngineCommand {
    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        throw notWired();
    }
}

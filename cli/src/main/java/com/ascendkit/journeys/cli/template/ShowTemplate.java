package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code template show <slug>}. */
@Command(name = "show", description = "Show an email template: subject and bodies.")
public final class ShowTemplate extends EngineCommand {
    @Parameters(paramLabel = "<slug>", description = "The template's slug.")
    String slug;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        throw notWired();
    }
}

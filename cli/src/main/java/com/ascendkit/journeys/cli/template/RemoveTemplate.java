package com.ascendkit.journeys.cli.template;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code template remove <slug>}. */
@Command(name = "remove", description = "Remove an email template.")
public final class RemoveTemplate extends EngineCommand {
    @Parameters(paramLabel = "<slug>", description = "The template's slug.")
    String slug;

    @Override
    protected void execute() {
        client().templates().delete(slug);
        out().println("Removed template " + slug);
    }
}

package com.ascendkit.journeys.cli.survey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code survey remove <slug>}. */
@Command(name = "remove", description = "Remove a survey.")
public final class RemoveSurvey extends EngineCommand {
    @Parameters(paramLabel = "<slug>", description = "The survey's slug.")
    String slug;

    @Override
    protected void execute() {
        client().surveys().delete(slug);
        out().println("Removed survey " + slug);
    }
}

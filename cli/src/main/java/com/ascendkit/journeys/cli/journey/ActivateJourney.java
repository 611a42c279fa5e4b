package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey activate}. */
@Command(
        name = "activate",
        description =
                "Start enrolling users: from now on the entry event enrolls them (queued actions of"
                        + " a paused journey run now).")
public final class ActivateJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        JourneyResult result = client().journeys().activate(journeyId, SMALL);
        out().println(
                        "Activated journey "
                                + JourneyText.title(result.journey())
                                + ": users enroll on "
                                + result.journey().entryEvent());
        printWarnings(result.response(), quiet.enabled());
    }
}

package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Confirmation;
import com.ascendkit.journeys.cli.options.Quiet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey pause [--yes]}: asks first when users are in the journey. */
@Command(
        name = "pause",
        description = {
            "Pause a journey: no new enrollments; transitions continue, actions queue.",
            "Asks for confirmation when the journey has active users (--yes skips the question)."
        })
public final class PauseJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin Confirmation confirmation;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        throw notWired();
    }
}

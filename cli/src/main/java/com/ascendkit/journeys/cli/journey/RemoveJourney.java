package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Confirmation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey remove [--yes]}: deletes it and its user states. */
@Command(
        name = "remove",
        description = {
            "Delete a journey and all its user states.",
            "Asks for confirmation when the journey has active users (--yes skips the question)."
        })
public final class RemoveJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin Confirmation confirmation;

    @Override
    protected void execute() {
        throw notWired();
    }
}

package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Confirmation;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.model.Journey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey archive [--yes]}: permanent; asks first when users are in the journey. */
@Command(
        name = "archive",
        description = {
            "Archive a journey: permanent, every user in it exits, no undo.",
            "Asks for confirmation when the journey has active users (--yes skips the question)."
        })
public final class ArchiveJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin Confirmation confirmation;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        Journey journey = client().journeys().get(journeyId).journey();
        long active = journey.stats().active();
        if (active > 0) {
            confirmation.require(
                    context().terminal(),
                    "Journey "
                            + JourneyText.title(journey)
                            + " has "
                            + active
                            + " active users. Archive it?",
                    "Archiving journey " + journeyId + " (" + active + " active users)");
        }
        JourneyResult result = client().journeys().archive(journeyId, SMALL);
        out().println(
                        "Archived journey "
                                + JourneyText.title(result.journey())
                                + " (every user in it exited)");
        printWarnings(result.response(), quiet.enabled());
    }
}

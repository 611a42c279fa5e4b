package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Confirmation;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.model.Journey;
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
        Journey journey = client().journeys().get(journeyId).journey();
        long active = journey.stats().active();
        if (active > 0) {
            confirmation.require(
                    context().terminal(),
                    "Journey "
                            + JourneyText.title(journey)
                            + " has "
                            + active
                            + " active users. Delete it and their states?",
                    "Removing journey " + journeyId + " (" + active + " active users)");
        }
        client().journeys().delete(journeyId);
        out().println("Removed journey " + JourneyText.title(journey));
    }
}

package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.model.Journey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code journey archive [--yes]}: permanent; asks first when users are in the journey. */
@Command(
        name = "archive",
        description = {
            "Archive a journey: permanent, every user in it exits, no undo.",
            "Asks for confirmation when the journey has active users (--yes skips the question)."
        })
public final class ArchiveJourney extends GuardedJourneyCommand {
    @Mixin Quiet quiet;

    public ArchiveJourney() {
        super("Archive it?", "Archiving");
    }

    @Override
    protected void change(Journey journey) {
        JourneyResult result = client().journeys().archive(journeyId, SMALL);
        out().println(
                        "Archived journey "
                                + JourneyText.title(result.journey())
                                + " (every user in it exited)");
        printWarnings(result.response(), quiet.enabled());
    }
}

package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.model.Journey;
import picocli.CommandLine.Command;

/** {@code journey remove [--yes]}: deletes it and its user states. */
@Command(
        name = "remove",
        description = {
            "Delete a journey and all its user states.",
            "Asks for confirmation when the journey has active users (--yes skips the question)."
        })
public final class RemoveJourney extends GuardedJourneyCommand {
    public RemoveJourney() {
        super("Delete it and their states?", "Removing");
    }

    @Override
    protected void change(Journey journey) {
        client().journeys().delete(journeyId);
        out().println("Removed journey " + JourneyText.title(journey));
    }
}

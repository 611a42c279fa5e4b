package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.model.Journey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code journey pause [--yes]}: asks first when users are in the journey. */
@Command(
        name = "pause",
        description = {
            "Pause a journey: no new enrollments; transitions continue, actions queue.",
            "Asks for confirmation when the journey has active users (--yes skips the question)."
        })
public final class PauseJourney extends GuardedJourneyCommand {
    @Mixin Quiet quiet;

    public PauseJourney() {
        super("Pause it?", "Pausing");
    }

    @Override
    protected void change(Journey journey) {
        JourneyResult result = client().journeys().pause(journeyId, SMALL);
        out().println("Paused journey " + JourneyText.title(result.journey()));
        printWarnings(result.response(), quiet.enabled());
    }
}

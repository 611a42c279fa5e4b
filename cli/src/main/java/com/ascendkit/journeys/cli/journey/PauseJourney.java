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
        Journey journey = client().journeys().get(journeyId).journey();
        long active = journey.stats().active();
        if (active > 0) {
            confirmation.require(
                    context().terminal(),
                    "Journey "
                            + JourneyText.title(journey)
                            + " has "
                            + active
                            + " active users. Pause it?",
                    "Pausing journey " + journeyId + " (" + active + " active users)");
        }
        JourneyResult result = client().journeys().pause(journeyId, SMALL);
        out().println("Paused journey " + JourneyText.title(result.journey()));
        printWarnings(result.response(), quiet.enabled());
    }
}

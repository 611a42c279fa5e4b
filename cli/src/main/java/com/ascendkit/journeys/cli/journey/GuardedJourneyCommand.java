package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Confirmation;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.model.Journey;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A change of a whole journey that the users in it feel (pause, archive, remove): reads the journey
 * first and, when users are active in it, asks before making the change ({@code --yes} skips the
 * question; without a terminal the command refuses). Subclasses name the question and the change.
 */
abstract class GuardedJourneyCommand extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin Confirmation confirmation;

    private final String question;
    private final String doing;

    /**
     * @param question what is asked after "Journey … has N active users.", e.g. "Pause it?"
     * @param doing the change as said in a refusal, e.g. "Pausing"
     */
    GuardedJourneyCommand(String question, String doing) {
        this.question = question;
        this.doing = doing;
    }

    @Override
    protected final void execute() {
        Journey journey = client().journeys().get(journeyId).journey();
        long active = journey.stats().active();
        if (active > 0) {
            confirmation.require(
                    context().terminal(),
                    "Journey "
                            + JourneyText.title(journey)
                            + " has "
                            + active
                            + " active users. "
                            + question,
                    doing + " journey " + journeyId + " (" + active + " active users)");
        }
        change(journey);
    }

    /** Makes the change (confirmed) and prints it; {@code journey} is as read before asking. */
    protected abstract void change(Journey journey);
}

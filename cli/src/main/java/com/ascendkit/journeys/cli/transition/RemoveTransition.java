package com.ascendkit.journeys.cli.transition;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey transition remove}. */
@Command(name = "remove", description = "Remove a transition, found by its name.")
public final class RemoveTransition extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Parameters(index = "1", paramLabel = "<transition>", description = "The transition's name.")
    String transition;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        JourneyResult result = client().transitions().remove(journeyId, transition, SMALL);
        out().println(
                        "Removed transition "
                                + transition
                                + " from journey "
                                + JourneyText.title(result.journey()));
        printWarnings(result.response(), quiet.enabled());
    }
}

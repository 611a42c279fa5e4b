package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey show}: definition, transition names inline, stats and warnings. */
@Command(
        name = "show",
        description =
                "Show a journey: its nodes, its transitions (with the names transition update and"
                        + " remove take), its stats and its warnings.")
public final class ShowJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        JourneyResult result = client().journeys().get(journeyId);
        if (json.enabled()) {
            printJson(result.response());
        } else {
            out().print(JourneyText.show(result.response()));
        }
    }
}

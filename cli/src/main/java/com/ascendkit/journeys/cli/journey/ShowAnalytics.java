package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.AnalyticsText;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey analytics}. */
@Command(
        name = "analytics",
        description =
                "Users per node, conversion per transition, time in node, and totals (enrolled,"
                        + " active, completed, failed, exited).")
public final class ShowAnalytics extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        JourneyAnalytics analytics = client().journeys().analytics(journeyId);
        if (json.enabled()) {
            printJson(analytics);
        } else {
            out().print(AnalyticsText.render(analytics));
        }
    }
}

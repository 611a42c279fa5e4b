package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.JourneyListText;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneySummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code journey list [--status]}. */
@Command(name = "list", description = "List journeys, optionally only those in one status.")
public final class ListJourneys extends EngineCommand {
    @Option(
            names = "--status",
            paramLabel = "draft|active|paused|archived",
            converter = Converters.StatusConverter.class,
            description = "Only journeys in this status.")
    JourneyStatus status;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        List<JourneySummary> journeys = client().journeys().list(status);
        if (json.enabled()) {
            printJson(journeys);
        } else {
            out().print(JourneyListText.render(journeys));
        }
    }
}

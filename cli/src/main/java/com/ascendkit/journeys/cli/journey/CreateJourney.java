package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonArgs;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.model.ReEntryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code journey create}: a draft journey with its entry node (action none). */
@Command(
        name = "create",
        description = {
            "Create a draft journey with an auto-created entry node (action none).",
            "Prints the new journey's id on the first line."
        })
public final class CreateJourney extends EngineCommand {
    @Option(names = "--name", required = true, description = "The journey's name.")
    String name;

    @Option(
            names = "--entry-event",
            required = true,
            converter = Converters.EventNameConverter.class,
            description = "The event that enrolls users (user.created, app.upgraded_plan …).")
    String entryEvent;

    @Option(
            names = "--entry-node",
            paramLabel = "<node>",
            description = "The name of the node users enter at.")
    String entryNode;

    @Option(
            names = "--entry-conditions",
            paramLabel = "<json>",
            converter = Converters.FlatObjectConverter.class,
            description =
                    "Event properties that must all match to enroll: '{\"provider\":"
                            + " \"credentials\"}'.")
    JsonArgs.JsonObject entryConditions;

    @Option(
            names = "--re-entry-policy",
            paramLabel = "skip|restart",
            converter = Converters.ReEntryPolicyConverter.class,
            description = "What a second entry event does: skip (default) or restart.")
    ReEntryPolicy reEntryPolicy;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        CreateJourneyRequest request =
                CreateJourneyRequest.of(name, entryEvent)
                        .withEntryNode(entryNode)
                        .withReEntryPolicy(reEntryPolicy);
        if (entryConditions != null) {
            request = request.withEntryConditions(entryConditions.values());
        }
        JourneyResult result = client().journeys().create(request);
        out().println("Created journey " + JourneyText.title(result.journey()));
        printWarnings(result.response(), quiet.enabled());
    }
}

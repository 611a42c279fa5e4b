package com.ascendkit.journeys.cli.journey;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.JsonArgs;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.journeys.UpdateJourneyRequest;
import com.ascendkit.journeys.model.ReEntryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey update}: changes only the fields given. {@code --nodes} is merged by node name
 * (each given node replaces that node whole, {@code null} removes it); {@code --transitions}
 * replaces the whole list.
 */
@Command(
        name = "update",
        description = {
            "Change a journey's metadata or graph; only the fields given change.",
            "--nodes merges by node name (null removes a node); --transitions replaces the list."
        })
public final class UpdateJourney extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Option(names = "--name", description = "A new name.")
    String name;

    @Option(
            names = "--entry-event",
            converter = Converters.EventNameConverter.class,
            description = "A new entry event.")
    String entryEvent;

    @Option(
            names = "--entry-conditions",
            paramLabel = "<json>",
            converter = Converters.FlatObjectConverter.class,
            description = "New entry conditions ('{}' clears them).")
    JsonArgs.JsonObject entryConditions;

    @Option(names = "--entry-node", paramLabel = "<node>", description = "A new entry node.")
    String entryNode;

    @Option(
            names = "--re-entry-policy",
            paramLabel = "skip|restart",
            converter = Converters.ReEntryPolicyConverter.class,
            description = "skip (ignore a second entry event) or restart (re-enroll).")
    ReEntryPolicy reEntryPolicy;

    @Option(
            names = "--nodes",
            paramLabel = "<json>",
            converter = Converters.NodesConverter.class,
            description =
                    "Nodes by name: '{\"welcome_email\": {\"action\": {…}, \"terminal\": false}}'.")
    JsonArgs.NodeChanges nodes;

    @Option(
            names = "--transitions",
            paramLabel = "<json>",
            converter = Converters.TransitionsConverter.class,
            description =
                    "The whole transition list: '[{\"name\": …, \"from\": …, \"to\": …,"
                            + " \"trigger\": {…}}]'.")
    JsonArgs.TransitionList transitions;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        UpdateJourneyRequest.Builder request = UpdateJourneyRequest.builder();
        boolean changes = false;
        if (name != null) {
            request.name(name);
            changes = true;
        }
        if (entryEvent != null) {
            request.entryEvent(entryEvent);
            changes = true;
        }
        if (entryConditions != null) {
            request.entryConditions(entryConditions.values());
            changes = true;
        }
        if (entryNode != null) {
            request.entryNode(entryNode);
            changes = true;
        }
        if (reEntryPolicy != null) {
            request.reEntryPolicy(reEntryPolicy);
            changes = true;
        }
        if (nodes != null) {
            nodes.nodes()
                    .forEach(
                            (node, value) -> {
                                if (value == null) {
                                    request.removeNode(node);
                                } else {
                                    request.putNode(node, value);
                                }
                            });
            changes = true;
        }
        if (transitions != null) {
            request.transitions(transitions.transitions());
            changes = true;
        }
        if (!changes) {
            throw usage(
                    "Nothing to update: give --name, --entry-event, --entry-conditions,"
                            + " --entry-node, --re-entry-policy, --nodes or --transitions");
        }
        JourneyResult result = client().journeys().update(journeyId, request.build(), SMALL);
        out().println(
                        "Updated journey "
                                + JourneyText.title(result.journey())
                                + " (version "
                                + result.journey().version()
                                + ")");
        printWarnings(result.response(), quiet.enabled());
    }
}

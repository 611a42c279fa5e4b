package com.ascendkit.journeys.cli.node;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.NodeText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Action;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey node update}: only what is given changes. */
@Command(
        name = "update",
        description =
                "Update a node's action, terminal status, sender identity or name; the rest is"
                        + " kept.")
public final class UpdateNode extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Parameters(index = "1", paramLabel = "<node>", description = "The node's name.")
    String node;

    @Option(
            names = "--action",
            paramLabel = "<json>",
            converter = Converters.ActionConverter.class,
            description = "The node's new action (replaces the whole action).")
    Action action;

    @Option(
            names = "--terminal",
            negatable = true,
            description = "Make the node terminal (--no-terminal: not terminal).")
    Boolean terminal;

    @Option(
            names = "--email-id",
            paramLabel = "<email>",
            description = "A new sender identity; keeps the rest of the send_email action.")
    String emailId;

    @Option(
            names = "--rename",
            paramLabel = "<name>",
            description = "A new name for the node (transitions and users follow it).")
    String rename;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        UpdateNodeRequest request =
                UpdateNodeRequest.empty().withAction(action).withEmailId(emailId).withName(rename);
        if (terminal != null) {
            request = request.withTerminal(terminal);
        }
        if (request.equals(UpdateNodeRequest.empty())) {
            throw usage("Nothing to update: give --action, --terminal, --email-id or --rename");
        }
        JourneyResult result = client().nodes().update(journeyId, node, request);
        String now = rename == null ? node : rename;
        out().println("Updated node " + NodeText.describe(result.journey(), now));
        printWarnings(result.response(), quiet.enabled());
    }
}

package com.ascendkit.journeys.cli.node;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.Converters;
import com.ascendkit.journeys.cli.options.Quiet;
import com.ascendkit.journeys.cli.output.JourneyText;
import com.ascendkit.journeys.cli.output.NodeText;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.model.Action;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey node add}. Adding a node named like the untouched entry node that {@code journey
 * create} made fills that node in (the engine's rule), as the product document's sequence does.
 */
@Command(name = "add", description = "Add a node to a journey (its action defaults to none).")
public final class AddNode extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Option(names = "--name", required = true, description = "The node's name.")
    String name;

    @Option(
            names = "--action",
            paramLabel = "<json>",
            converter = Converters.ActionConverter.class,
            description =
                    "What the node does: '{\"type\": \"send_email\", \"templateSlug\": …}',"
                            + " tag_user {tagName}, advance_stage {stageName} or none.")
    Action action;

    @Option(names = "--terminal", description = "Users complete the journey at this node.")
    boolean terminal;

    @Option(
            names = "--email-id",
            paramLabel = "<email>",
            description = "The verified sender identity for this send_email node.")
    String emailId;

    @Mixin Quiet quiet;

    @Override
    protected void execute() {
        AddNodeRequest request = AddNodeRequest.named(name).withAction(action).withEmailId(emailId);
        if (terminal) {
            request = request.withTerminal(true);
        }
        JourneyResult result = client().nodes().add(journeyId, request);
        out().println(
                        "Added node "
                                + NodeText.describe(result.journey(), name)
                                + " to journey "
                                + JourneyText.title(result.journey()));
        printWarnings(result.response(), quiet.enabled());
    }
}

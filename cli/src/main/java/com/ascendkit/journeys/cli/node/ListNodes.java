package com.ascendkit.journeys.cli.node;

import com.ascendkit.journeys.cli.internal.EngineCommand;
import com.ascendkit.journeys.cli.options.JsonOutput;
import com.ascendkit.journeys.cli.output.NodeListText;
import com.ascendkit.journeys.model.api.NodeSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code journey node list}. */
@Command(
        name = "list",
        description =
                "List a journey's nodes with their actions, terminal status, transition counts and"
                        + " users there now.")
public final class ListNodes extends EngineCommand {
    @Parameters(paramLabel = "<journeyId>", description = "The journey (jrn_…).")
    String journeyId;

    @Mixin JsonOutput json;

    @Override
    protected void execute() {
        List<NodeSummary> nodes = client().nodes().list(journeyId);
        if (json.enabled()) {
            printJson(nodes);
        } else {
            out().print(NodeListText.render(nodes));
        }
    }
}

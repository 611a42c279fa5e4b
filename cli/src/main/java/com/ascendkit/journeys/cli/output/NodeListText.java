package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.api.NodeSummary;
import java.util.List;

/**
 * {@code journey node list}: per node its action type and summary, whether it is terminal, its
 * transitions in and out, and the users in it now.
 */
public final class NodeListText {
    private NodeListText() {}

    public static String render(List<NodeSummary> nodes) {
        if (nodes.isEmpty()) {
            return "No nodes.\n";
        }
        Table table =
                Table.withHeader("NODE", "ACTION", "SUMMARY", "TERMINAL", "IN", "OUT", "USERS");
        for (NodeSummary n : nodes) {
            table.row(
                    n.name(),
                    n.action().typeName(),
                    ActionText.summary(n.action()),
                    n.terminal() ? "terminal" : "",
                    n.transitionsIn(),
                    n.transitionsOut(),
                    n.usersHere());
        }
        return table.render();
    }
}

package com.ascendkit.journeys.cli.output;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;

/** One node in a sentence: {@code welcome_email (send_email welcome-email, terminal)}. */
public final class NodeText {
    private NodeText() {}

    /** The node called {@code name} of {@code journey}, with its action and terminal status. */
    public static String describe(Journey journey, String name) {
        Node node = journey.nodes().get(name);
        if (node == null) {
            return name;
        }
        String summary = ActionText.summary(node.action());
        return name
                + " ("
                + node.action().typeName()
                + (summary.isEmpty() ? "" : " " + summary)
                + (node.terminal() ? ", terminal" : "")
                + ")";
    }
}

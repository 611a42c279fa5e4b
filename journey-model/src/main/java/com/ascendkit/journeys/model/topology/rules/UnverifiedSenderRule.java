package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code unverified_sender}: a {@code send_email} node sends from an identity that the environment
 * does not have, or has not verified yet. The node is still saved; the message says which case.
 */
public final class UnverifiedSenderRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        List<Warning> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : graph.nodes().entrySet()) {
            if (e.getValue().action() instanceof Action.SendEmail send
                    && send.fromIdentityEmail() != null) {
                String problem =
                        switch (references.identity(send.fromIdentityEmail())) {
                            case MISSING -> "which is not a sender identity of this environment";
                            case UNVERIFIED -> "which is not verified yet";
                            case VERIFIED -> null;
                        };
                if (problem != null) {
                    out.add(
                            Warning.onNode(
                                    WarningCode.UNVERIFIED_SENDER,
                                    e.getKey(),
                                    "node "
                                            + Phrases.quote(e.getKey())
                                            + " sends from "
                                            + Phrases.quote(send.fromIdentityEmail())
                                            + ", "
                                            + problem));
                }
            }
        }
        return out;
    }
}

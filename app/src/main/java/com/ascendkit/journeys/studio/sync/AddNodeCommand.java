package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.List;

/**
 * Adds a node ({@code POST …/nodes}); as the undo of a removal it also puts back the transitions
 * that went with it (one {@code POST …/transitions} each, in their old order).
 */
public record AddNodeCommand(String name, Node node, List<Transition> transitions)
        implements Command {

    public AddNodeCommand {
        transitions = List.copyOf(transitions);
    }

    public AddNodeCommand(String name, Node node) {
        this(name, node, List.of());
    }

    @Override
    public String description() {
        return "Add node '" + name + "'";
    }

    @Override
    public Journey preview(Journey journey) {
        Journey out = JourneyEdits.addNode(journey, name, node);
        for (Transition t : transitions) {
            out = JourneyEdits.addTransition(out, t);
        }
        return out;
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        JourneyResponse r =
                gateway.addNode(
                        journeyId,
                        expectedVersion,
                        name,
                        node.action(),
                        node.terminal(),
                        node.position());
        for (Transition t : transitions) {
            r =
                    gateway.addTransition(
                            journeyId,
                            r.journey().version(),
                            t.from(),
                            t.to(),
                            t.trigger(),
                            t.name());
        }
        return r;
    }

    @Override
    public Command inverse() {
        return new RemoveNodeCommand(name, node, transitions, false, null);
    }
}

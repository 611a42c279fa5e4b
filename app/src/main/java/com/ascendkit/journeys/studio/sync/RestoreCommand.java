package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The undo of a removal: puts back a node (when {@code nodeName} is given) and transitions at the
 * places they had, with one {@code PATCH /v1/journeys/{id}} of {@code nodes} and the whole {@code
 * transitions} list, so the engine validates it as one change and the order is kept (a {@code POST
 * …/transitions} could only add at the end). {@code order} is the transition names before the
 * removal.
 */
public record RestoreCommand(
        String nodeName, Node node, List<Transition> restored, List<String> order)
        implements Command {

    public RestoreCommand {
        restored = List.copyOf(restored);
        order = List.copyOf(order);
    }

    @Override
    public String description() {
        if (nodeName != null) {
            return "Restore node '" + nodeName + "'";
        }
        return "Restore transition '" + restored.get(0).name() + "'";
    }

    @Override
    public Journey preview(Journey journey) {
        Journey out = nodeName == null ? journey : JourneyEdits.addNode(journey, nodeName, node);
        for (Transition t : restored) {
            out = JourneyEdits.addTransition(out, t); // checks both ends and the name
        }
        return JourneyEdits.with(out, out.nodes(), merged(journey.transitions()));
    }

    /** {@code current} with the restored transitions, in the order they had before the removal. */
    List<Transition> merged(List<Transition> current) {
        Map<String, Transition> byName = new LinkedHashMap<>();
        current.forEach(t -> byName.put(t.name(), t));
        restored.forEach(t -> byName.put(t.name(), t));
        List<Transition> out = new ArrayList<>();
        for (String name : order) {
            Transition t = byName.remove(name);
            if (t != null) {
                out.add(t);
            }
        }
        out.addAll(byName.values()); // made since the removal: after the others
        return out;
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        List<Transition> current = gateway.getJourney(journeyId).journey().transitions();
        return gateway.restore(journeyId, expectedVersion, nodeName, node, merged(current));
    }

    @Override
    public Command inverse() {
        if (nodeName != null) {
            return new RemoveNodeCommand(nodeName, node, restored, false, null, order);
        }
        if (restored.size() == 1) {
            return new RemoveTransitionCommand(restored.get(0), order);
        }
        return new CompositeCommand(
                "Remove transitions",
                restored.stream()
                        .map(t -> (Command) new RemoveTransitionCommand(t, order))
                        .toList());
    }
}

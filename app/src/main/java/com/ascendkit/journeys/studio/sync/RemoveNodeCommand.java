package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.List;

/**
 * Removes a node and its transitions ({@code DELETE …/nodes/{name}?force=&moveUsersTo=}). Users in
 * it are moved to {@code moveUsersTo} or, with {@code force}, exited: the undo puts the node back,
 * not the users.
 */
public record RemoveNodeCommand(
        String name, Node node, List<Transition> transitions, boolean force, String moveUsersTo)
        implements Command {

    public RemoveNodeCommand {
        transitions = List.copyOf(transitions);
    }

    /** Removes {@code name} from {@code journey}, remembering what the undo needs. */
    public static RemoveNodeCommand of(
            Journey journey, String name, boolean force, String moveUsersTo) {
        Node node = JourneyEdits.requireNode(journey, name, "name");
        List<Transition> touching =
                journey.transitions().stream()
                        .filter(t -> t.from().equals(name) || t.to().equals(name))
                        .toList();
        return new RemoveNodeCommand(name, node, touching, force, moveUsersTo);
    }

    @Override
    public String description() {
        if (moveUsersTo != null) {
            return "Remove node '" + name + "' (users moved to '" + moveUsersTo + "')";
        }
        return force ? "Remove node '" + name + "' (users exited)" : "Remove node '" + name + "'";
    }

    @Override
    public Journey preview(Journey journey) {
        if (moveUsersTo != null) {
            JourneyEdits.requireNode(journey, moveUsersTo, "moveUsersTo");
        }
        return JourneyEdits.removeNode(journey, name);
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return gateway.removeNode(journeyId, expectedVersion, name, force, moveUsersTo);
    }

    @Override
    public Command inverse() {
        return new AddNodeCommand(name, node, transitions);
    }
}

package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.List;

/**
 * Removes a node and its transitions ({@code DELETE …/nodes/{name}?force=&moveUsersTo=}). Users in
 * it are moved to {@code moveUsersTo} or, with {@code force}, exited: the undo ({@link
 * RestoreCommand}) puts the node back with its action, position and transitions at their places in
 * the list, not the users.
 */
public record RemoveNodeCommand(
        String name,
        Node node,
        List<Transition> transitions,
        boolean force,
        String moveUsersTo,
        List<String> order)
        implements Command {

    public RemoveNodeCommand {
        transitions = List.copyOf(transitions);
        order = List.copyOf(order);
    }

    /** Without the transition order: an undo puts the transitions back at the end. */
    public RemoveNodeCommand(
            String name,
            Node node,
            List<Transition> transitions,
            boolean force,
            String moveUsersTo) {
        this(
                name,
                node,
                transitions,
                force,
                moveUsersTo,
                transitions.stream().map(Transition::name).toList());
    }

    /** Removes {@code name} from {@code journey}, remembering what the undo needs. */
    public static RemoveNodeCommand of(
            Journey journey, String name, boolean force, String moveUsersTo) {
        Node node = JourneyEdits.requireNode(journey, name, "name");
        List<Transition> touching =
                journey.transitions().stream()
                        .filter(t -> t.from().equals(name) || t.to().equals(name))
                        .toList();
        List<String> order = journey.transitions().stream().map(Transition::name).toList();
        return new RemoveNodeCommand(name, node, touching, force, moveUsersTo, order);
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
        return new RestoreCommand(name, node, transitions, order);
    }
}

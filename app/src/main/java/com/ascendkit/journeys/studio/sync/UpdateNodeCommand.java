package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * Changes a node ({@code PATCH …/nodes/{name}}): move, action, terminal or rename. {@code reverse}
 * holds the old values, so the undo is the same call with them.
 */
public record UpdateNodeCommand(
        String name, NodeChanges changes, NodeChanges reverse, String description)
        implements Command {

    /**
     * Moves a node from {@code from} (where it is drawn: a node without a stored position is drawn
     * somewhere too, and the undo puts it back there) to {@code to}.
     */
    public static UpdateNodeCommand move(Journey j, String name, Position from, Position to) {
        JourneyEdits.requireNode(j, name, "name");
        return new UpdateNodeCommand(
                name, NodeChanges.position(to), NodeChanges.position(from), "Move '" + name + "'");
    }

    public static UpdateNodeCommand action(Journey j, String name, Action action) {
        Node node = JourneyEdits.requireNode(j, name, "name");
        return new UpdateNodeCommand(
                name,
                NodeChanges.action(action),
                NodeChanges.action(node.action()),
                "Change the action of '" + name + "'");
    }

    public static UpdateNodeCommand terminal(Journey j, String name, boolean terminal) {
        Node node = JourneyEdits.requireNode(j, name, "name");
        return new UpdateNodeCommand(
                name,
                NodeChanges.terminal(terminal),
                NodeChanges.terminal(node.terminal()),
                terminal ? "Make '" + name + "' terminal" : "Make '" + name + "' not terminal");
    }

    public static UpdateNodeCommand rename(Journey j, String name, String newName) {
        JourneyEdits.requireNode(j, name, "name");
        return new UpdateNodeCommand(
                name,
                NodeChanges.rename(newName),
                NodeChanges.rename(name),
                "Rename '" + name + "' to '" + newName + "'");
    }

    @Override
    public Journey preview(Journey journey) {
        return JourneyEdits.updateNode(journey, name, changes);
    }

    @Override
    public JourneyResponse execute(JourneyGateway gateway, String journeyId, long expectedVersion) {
        return gateway.updateNode(journeyId, expectedVersion, name, changes);
    }

    @Override
    public Command inverse() {
        String current = changes.name() == null ? name : changes.name();
        return new UpdateNodeCommand(current, reverse, changes, "Undo: " + description);
    }
}

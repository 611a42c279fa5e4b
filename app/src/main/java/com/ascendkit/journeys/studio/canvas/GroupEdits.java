package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.studio.dialogs.Dialogs;
import com.ascendkit.journeys.studio.sync.Command;
import com.ascendkit.journeys.studio.sync.CompositeCommand;
import com.ascendkit.journeys.studio.sync.JourneyEdits;
import com.ascendkit.journeys.studio.sync.RemoveNodeCommand;
import com.ascendkit.journeys.studio.sync.RemoveTransitionCommand;
import com.ascendkit.journeys.studio.sync.UpdateNodeCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits of a multi-selection as one command (one step of the undo history). Each part is made
 * against the journey as the parts before it leave it, so their undos, run backwards, fit: a node
 * removed second does not carry the transition the first removal already took.
 */
final class GroupEdits {
    private GroupEdits() {}

    /** Moves the nodes to their new corners; null when none moved. */
    static Command moves(Journey j, Map<String, Position> from, Map<String, Position> to) {
        List<Command> parts = new ArrayList<>();
        to.forEach(
                (name, p) -> {
                    if (j.nodes().containsKey(name) && !p.equals(j.nodes().get(name).position())) {
                        parts.add(UpdateNodeCommand.move(j, name, from.get(name), p));
                    }
                });
        if (parts.size() <= 1) {
            return parts.isEmpty() ? null : parts.get(0);
        }
        return new CompositeCommand("Move " + parts.size() + " nodes", parts);
    }

    /**
     * Removes the transitions, then the nodes (a null fate: nobody is in it); null when nothing is
     * left to remove.
     */
    static Command removal(
            Journey j, List<String> transitions, Map<String, Dialogs.UsersFate> nodes) {
        List<Command> parts = new ArrayList<>();
        Journey now = j;
        int transitionCount = 0;
        for (String name : transitions) {
            Transition t = JourneyEdits.find(now, name);
            if (t != null) {
                Command c = RemoveTransitionCommand.of(now, t);
                now = c.preview(now);
                parts.add(c);
                transitionCount++;
            }
        }
        int nodeCount = 0;
        for (Map.Entry<String, Dialogs.UsersFate> e : nodes.entrySet()) {
            if (now.nodes().containsKey(e.getKey())) {
                Dialogs.UsersFate fate = e.getValue();
                Command c =
                        RemoveNodeCommand.of(
                                now,
                                e.getKey(),
                                fate != null && fate.exits(),
                                fate == null ? null : fate.moveTo());
                now = c.preview(now);
                parts.add(c);
                nodeCount++;
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? null : parts.get(0);
        }
        return new CompositeCommand(
                "Remove " + count(nodeCount, "node") + and(count(transitionCount, "transition")),
                parts);
    }

    private static String count(int n, String what) {
        return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
    }

    private static String and(String more) {
        return more.isEmpty() ? "" : " and " + more;
    }
}

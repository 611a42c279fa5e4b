package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.TransitionNames;
import com.ascendkit.journeys.studio.sync.AddNodeCommand;
import com.ascendkit.journeys.studio.sync.AddTransitionCommand;
import com.ascendkit.journeys.studio.sync.Command;
import com.ascendkit.journeys.studio.sync.CompositeCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clip pasted into a journey as one command: the nodes (added first) then the transitions among
 * them. A node name already taken gets the first free {@code _2}, {@code _3} … ({@code
 * welcome_email} → {@code welcome_email_2}; {@code welcome_email_2} → {@code welcome_email_3}); a
 * transition keeps its name unless it is taken, then gets the API's default name between the pasted
 * ends. {@link #names()} says what each copied node became, to select them.
 */
record Paste(Command command, Map<String, String> names, Set<String> transitions) {
    private static final int MAX_NODE_NAME = 64;

    /** {@code dx}, {@code dy}: how far every card moves from where it was copied. */
    static Paste of(Journey target, Clip clip, double dx, double dy) {
        Set<String> takenNodes = new HashSet<>(target.nodes().keySet());
        Map<String, String> names = new LinkedHashMap<>();
        List<Command> parts = new ArrayList<>();
        clip.nodes()
                .forEach(
                        (name, node) -> {
                            String fresh = freeName(name, takenNodes);
                            takenNodes.add(fresh);
                            names.put(name, fresh);
                            Position p = node.position();
                            parts.add(
                                    new AddNodeCommand(
                                            fresh,
                                            new Node(
                                                    node.action(),
                                                    node.terminal(),
                                                    new Position(p.x() + dx, p.y() + dy))));
                        });
        Set<String> takenTransitions = new HashSet<>();
        target.transitions().forEach(t -> takenTransitions.add(t.name()));
        Set<String> pasted = new HashSet<>();
        for (Transition t : clip.transitions()) {
            String from = names.get(t.from());
            String to = names.get(t.to());
            String name =
                    takenTransitions.contains(t.name())
                            ? TransitionNames.next(from, to, takenTransitions)
                            : t.name();
            takenTransitions.add(name);
            pasted.add(name);
            parts.add(new AddTransitionCommand(new Transition(name, from, to, t.trigger())));
        }
        int n = clip.nodes().size();
        return new Paste(
                new CompositeCommand("Paste " + n + " node" + (n == 1 ? "" : "s"), parts),
                names,
                pasted);
    }

    /** {@code name} when free, else the first free {@code base_2}, {@code base_3} …. */
    static String freeName(String name, Set<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        String base = name.replaceFirst("_[0-9]+$", "");
        for (int i = 2; ; i++) {
            String suffix = "_" + i;
            String stem =
                    base.length() + suffix.length() > MAX_NODE_NAME
                            ? base.substring(0, MAX_NODE_NAME - suffix.length())
                            : base;
            if (!taken.contains(stem + suffix)) {
                return stem + suffix;
            }
        }
    }
}

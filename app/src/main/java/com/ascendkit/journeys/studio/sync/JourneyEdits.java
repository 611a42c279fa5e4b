package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effect of each API call on a journey, computed locally so an edit shows at once. Pure
 * functions; a call the engine would refuse for the same reason fails here with the API's words.
 */
public final class JourneyEdits {
    private JourneyEdits() {}

    public static Journey addNode(Journey j, String name, Node node) {
        Names.requireNodeName("name", name);
        if (j.nodes().containsKey(name)) {
            throw new InvalidInputException("name", "node '" + name + "' already exists");
        }
        Map<String, Node> nodes = new LinkedHashMap<>(j.nodes());
        nodes.put(name, node);
        return with(j, nodes, j.transitions());
    }

    public static Journey updateNode(Journey j, String name, NodeChanges changes) {
        Node node = requireNode(j, name, "name");
        Node updated = node;
        if (changes.action() != null) {
            updated = updated.withAction(changes.action());
        }
        if (changes.terminal() != null) {
            updated = updated.withTerminal(changes.terminal());
        }
        if (changes.position() != null) {
            updated = updated.withPosition(changes.position());
        }
        String newName = changes.name() == null ? name : changes.name();
        if (!newName.equals(name)) {
            Names.requireNodeName("name", newName);
            if (j.nodes().containsKey(newName)) {
                throw new InvalidInputException("name", "node '" + newName + "' already exists");
            }
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : j.nodes().entrySet()) {
            boolean target = e.getKey().equals(name);
            nodes.put(target ? newName : e.getKey(), target ? updated : e.getValue());
        }
        List<Transition> transitions = new ArrayList<>();
        for (Transition t : j.transitions()) {
            transitions.add(
                    t.withEnds(rename(t.from(), name, newName), rename(t.to(), name, newName)));
        }
        Journey out = with(j, nodes, transitions);
        return name.equals(j.entryNode()) ? withEntryNode(out, newName) : out;
    }

    public static Journey removeNode(Journey j, String name) {
        requireNode(j, name, "name");
        Map<String, Node> nodes = new LinkedHashMap<>(j.nodes());
        nodes.remove(name);
        List<Transition> transitions =
                j.transitions().stream()
                        .filter(t -> !t.from().equals(name) && !t.to().equals(name))
                        .toList();
        return with(j, nodes, transitions);
    }

    public static Journey addTransition(Journey j, Transition t) {
        requireNode(j, t.from(), "from");
        requireNode(j, t.to(), "to");
        if (find(j, t.name()) != null) {
            throw new InvalidInputException("name", "transition '" + t.name() + "' already exists");
        }
        List<Transition> transitions = new ArrayList<>(j.transitions());
        transitions.add(t);
        return with(j, j.nodes(), transitions);
    }

    public static Journey updateTransition(Journey j, String name, TransitionChanges changes) {
        Transition old = requireTransition(j, name);
        Transition t = old;
        if (changes.from() != null) {
            requireNode(j, changes.from(), "from");
            t = t.withEnds(changes.from(), t.to());
        }
        if (changes.to() != null) {
            requireNode(j, changes.to(), "to");
            t = t.withEnds(t.from(), changes.to());
        }
        if (changes.trigger() != null) {
            t = t.withTrigger(changes.trigger());
        }
        if (changes.name() != null && !changes.name().equals(name)) {
            if (find(j, changes.name()) != null) {
                throw new InvalidInputException(
                        "name", "transition '" + changes.name() + "' already exists");
            }
            t = t.withName(changes.name());
        }
        List<Transition> transitions = new ArrayList<>(j.transitions());
        transitions.set(transitions.indexOf(old), t);
        return with(j, j.nodes(), transitions);
    }

    public static Journey removeTransition(Journey j, String name) {
        Transition old = requireTransition(j, name);
        List<Transition> transitions = new ArrayList<>(j.transitions());
        transitions.remove(old);
        return with(j, j.nodes(), transitions);
    }

    public static Journey updateJourney(Journey j, JourneyChanges c) {
        if (c.entryNode() != null) {
            Names.requireNodeName("entryNode", c.entryNode());
        }
        if (c.entryEvent() != null) {
            Names.requireEventName("entryEvent", c.entryEvent());
        }
        return new Journey(
                j.id(),
                c.name() == null ? j.name() : c.name(),
                j.status(),
                j.version(),
                c.entryEvent() == null ? j.entryEvent() : c.entryEvent(),
                c.entryConditions() == null ? j.entryConditions() : c.entryConditions(),
                c.entryNode() == null ? j.entryNode() : c.entryNode(),
                c.reEntryPolicy() == null ? j.reEntryPolicy() : c.reEntryPolicy(),
                j.nodes(),
                j.transitions(),
                j.stats(),
                j.createdAt(),
                j.updatedAt());
    }

    public static Journey withStatus(Journey j, JourneyStatus status) {
        return new Journey(
                j.id(),
                j.name(),
                status,
                j.version(),
                j.entryEvent(),
                j.entryConditions(),
                j.entryNode(),
                j.reEntryPolicy(),
                j.nodes(),
                j.transitions(),
                j.stats(),
                j.createdAt(),
                j.updatedAt());
    }

    /** The transition called {@code name}, or null. */
    public static Transition find(Journey j, String name) {
        for (Transition t : j.transitions()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public static Node requireNode(Journey j, String name, String field) {
        Node node = j.nodes().get(name);
        if (node == null) {
            throw new InvalidInputException(
                    field, "unknown node '" + name + "' in '" + field + "'");
        }
        return node;
    }

    public static Transition requireTransition(Journey j, String name) {
        Transition t = find(j, name);
        if (t == null) {
            throw new InvalidInputException("name", "unknown transition '" + name + "'");
        }
        return t;
    }

    private static String rename(String value, String from, String to) {
        return value.equals(from) ? to : value;
    }

    private static Journey withEntryNode(Journey j, String entryNode) {
        return updateJourney(j, JourneyChanges.none().withEntryNode(entryNode));
    }

    static Journey with(Journey j, Map<String, Node> nodes, List<Transition> transitions) {
        return new Journey(
                j.id(),
                j.name(),
                j.status(),
                j.version(),
                j.entryEvent(),
                j.entryConditions(),
                j.entryNode(),
                j.reEntryPolicy(),
                nodes,
                transitions,
                j.stats(),
                j.createdAt(),
                j.updatedAt());
    }
}

package com.ascendkit.journeys.model.topology;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A journey definition indexed for the rules: transitions out of and into each node, built once in
 * linear time. Transitions naming unknown nodes are kept in {@link #transitions()} but not indexed.
 */
public final class JourneyGraph {
    private final JourneyDefinition definition;
    private final Map<String, List<Transition>> outgoing = new HashMap<>();
    private final Map<String, List<Transition>> incoming = new HashMap<>();

    private JourneyGraph(JourneyDefinition definition) {
        this.definition = definition;
        for (Transition t : definition.transitions()) {
            if (definition.nodes().containsKey(t.from())) {
                outgoing.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
            }
            if (definition.nodes().containsKey(t.to())) {
                incoming.computeIfAbsent(t.to(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    public static JourneyGraph of(JourneyDefinition definition) {
        return new JourneyGraph(definition);
    }

    public JourneyDefinition definition() {
        return definition;
    }

    public Map<String, Node> nodes() {
        return definition.nodes();
    }

    public List<Transition> transitions() {
        return definition.transitions();
    }

    public String entryNode() {
        return definition.entryNode();
    }

    /** Transitions leaving {@code node}, in definition order. */
    public List<Transition> outgoing(String node) {
        return outgoing.getOrDefault(node, List.of());
    }

    /** Transitions arriving at {@code node}, in definition order. */
    public List<Transition> incoming(String node) {
        return incoming.getOrDefault(node, List.of());
    }
}

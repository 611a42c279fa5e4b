package com.ascendkit.journeys.model.topology;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A journey definition indexed for the rules: transitions out of and into each node, built once in
 * linear time. Transitions naming an unknown node at either end are kept in {@link #transitions()}
 * but not indexed (the engine never stores them). Immutable once built, so thread-safe.
 */
public final class JourneyGraph {
    private final JourneyDefinition definition;
    private final Map<String, List<Transition>> outgoing = new HashMap<>();
    private final Map<String, List<Transition>> incoming = new HashMap<>();

    private JourneyGraph(JourneyDefinition definition) {
        this.definition = definition;
        Map<String, Node> nodes = definition.nodes();
        for (Transition t : definition.transitions()) {
            if (nodes.containsKey(t.from()) && nodes.containsKey(t.to())) {
                outgoing.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
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

    /** True when {@code entryNode} is set and names a node of the journey. */
    public boolean hasEntryNode() {
        return entryNode() != null && nodes().containsKey(entryNode());
    }

    /** True when {@code node} is a node of the journey and is terminal. */
    public boolean isTerminal(String node) {
        Node n = nodes().get(node);
        return n != null && n.terminal();
    }

    /** Transitions leaving {@code node}, in definition order. */
    public List<Transition> outgoing(String node) {
        return Collections.unmodifiableList(outgoing.getOrDefault(node, List.of()));
    }

    /** Transitions arriving at {@code node}, in definition order. */
    public List<Transition> incoming(String node) {
        return Collections.unmodifiableList(incoming.getOrDefault(node, List.of()));
    }

    /**
     * The nodes a user entering at {@code start} can get to, {@code start} included, in
     * breadth-first order. A terminal node's outgoing transitions are not followed: users complete
     * on entering it. Empty when {@code start} is not a node. Linear, without recursion.
     */
    public Set<String> reachableFrom(String start) {
        Set<String> seen = new LinkedHashSet<>();
        if (start == null || !nodes().containsKey(start)) {
            return seen;
        }
        Deque<String> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (isTerminal(node)) {
                continue;
            }
            for (Transition t : outgoing(node)) {
                if (seen.add(t.to())) {
                    queue.add(t.to());
                }
            }
        }
        return seen;
    }

    /**
     * The timer transition out of {@code node} that fires first: the shortest delay, the first in
     * definition order among equal ones ({@code 1w} equals {@code 7d}). Every other timer of the
     * node can never fire.
     */
    public Optional<Transition> earliestTimer(String node) {
        Transition best = null;
        long bestMinutes = Long.MAX_VALUE;
        for (Transition t : outgoing(node)) {
            if (t.trigger() instanceof Trigger.Timer timer
                    && timer.delay().minutes() < bestMinutes) {
                best = t;
                bestMinutes = timer.delay().minutes();
            }
        }
        return Optional.ofNullable(best);
    }
}

package com.ascendkit.journeys.model.api;

import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one edit changed in a journey's nodes and transitions, as a {@code Prefer: return=minimal}
 * answer carries it. Applied to the journey before the edit with {@link #applyTo}, in this order:
 * nodes renamed in place, {@code removedNodes} removed, {@code nodes} put (a node of that name is
 * replaced in place, a new one goes last); {@code removedTransitions} removed, {@code transitions}
 * put the same way. When that would not give the engine's exact result (order included, as for a
 * renamed transition), {@code allNodes} or {@code allTransitions} is true and {@code nodes} or
 * {@code transitions} holds the whole new set instead.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record JourneyChange(
        List<NodeRename> renamedNodes,
        List<String> removedNodes,
        Map<String, Node> nodes,
        boolean allNodes,
        List<String> removedTransitions,
        List<Transition> transitions,
        boolean allTransitions) {

    /** A node renamed from {@code from} to {@code to}. */
    public record NodeRename(String from, String to) {}

    public JourneyChange {
        renamedNodes = renamedNodes == null ? List.of() : List.copyOf(renamedNodes);
        removedNodes = removedNodes == null ? List.of() : List.copyOf(removedNodes);
        nodes = nodes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        removedTransitions =
                removedTransitions == null ? List.of() : List.copyOf(removedTransitions);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    /** The change from {@code before} to {@code after}, given the renames the edit made. */
    public static JourneyChange between(
            Map<String, Node> before,
            List<Transition> beforeTransitions,
            Map<String, Node> after,
            List<Transition> afterTransitions,
            List<NodeRename> renames) {
        Map<String, Node> renamed = renamed(before, renames);
        List<String> removed = new ArrayList<>();
        renamed.keySet().stream().filter(k -> !after.containsKey(k)).forEach(removed::add);
        Map<String, Node> put = new LinkedHashMap<>();
        after.forEach(
                (k, v) -> {
                    if (!v.equals(renamed.get(k))) {
                        put.put(k, v);
                    }
                });
        JourneyChange nodesOnly =
                new JourneyChange(renames, removed, put, false, null, null, false);
        boolean nodesExact = sameOrder(nodesOnly.applyToNodes(before), after);
        Set<String> afterNames = new HashSet<>();
        afterTransitions.forEach(t -> afterNames.add(t.name()));
        List<String> removedT = new ArrayList<>();
        beforeTransitions.stream()
                .filter(t -> !afterNames.contains(t.name()))
                .forEach(t -> removedT.add(t.name()));
        Set<Transition> unchanged = new HashSet<>(beforeTransitions);
        List<Transition> putT =
                afterTransitions.stream().filter(t -> !unchanged.contains(t)).toList();
        JourneyChange transitionsOnly =
                new JourneyChange(null, null, null, false, removedT, putT, false);
        boolean transitionsExact =
                transitionsOnly.applyToTransitions(beforeTransitions).equals(afterTransitions);
        return new JourneyChange(
                nodesExact ? renames : null,
                nodesExact ? removed : null,
                nodesExact ? put : after,
                !nodesExact,
                transitionsExact ? removedT : null,
                transitionsExact ? putT : afterTransitions,
                !transitionsExact);
    }

    /** The nodes after this change, from the nodes before it. */
    public Map<String, Node> applyToNodes(Map<String, Node> before) {
        if (allNodes) {
            return nodes;
        }
        Map<String, Node> out = renamed(before, renamedNodes);
        removedNodes.forEach(out::remove);
        out.putAll(nodes);
        return out;
    }

    /** The transitions after this change, from the transitions before it. */
    public List<Transition> applyToTransitions(List<Transition> before) {
        if (allTransitions) {
            return transitions;
        }
        Set<String> gone = new HashSet<>(removedTransitions);
        List<Transition> out = new ArrayList<>();
        before.stream().filter(t -> !gone.contains(t.name())).forEach(out::add);
        for (Transition t : transitions) {
            int at = indexOf(out, t.name());
            if (at >= 0) {
                out.set(at, t);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<String, Node> renamed(Map<String, Node> nodes, List<NodeRename> renames) {
        Map<String, Node> out = new LinkedHashMap<>(nodes);
        for (NodeRename r : renames) {
            Map<String, Node> next = new LinkedHashMap<>();
            out.forEach((k, v) -> next.put(k.equals(r.from()) ? r.to() : k, v));
            out = next;
        }
        return out;
    }

    private static int indexOf(List<Transition> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameOrder(Map<String, Node> a, Map<String, Node> b) {
        return new ArrayList<>(a.entrySet()).equals(new ArrayList<>(b.entrySet()));
    }
}

package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copied nodes (each with the position its card was drawn at) and the transitions among them. A
 * value: pasting it any number of times, into this journey or another, never changes it.
 */
public record Clip(Map<String, Node> nodes, List<Transition> transitions) {

    public Clip {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        transitions = List.copyOf(transitions);
    }

    /** The named nodes of {@code j} and every transition whose both ends are among them. */
    public static Clip of(Journey j, Collection<String> names) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (String name : j.nodes().keySet()) { // journey order, so a paste keeps it
            if (names.contains(name)) {
                Node n = j.nodes().get(name);
                nodes.put(
                        name, new Node(n.action(), n.terminal(), CardGeometry.positionOf(j, name)));
            }
        }
        List<Transition> among =
                j.transitions().stream()
                        .filter(t -> nodes.containsKey(t.from()) && nodes.containsKey(t.to()))
                        .toList();
        return new Clip(nodes, among);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}

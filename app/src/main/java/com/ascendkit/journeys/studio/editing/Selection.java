package com.ascendkit.journeys.studio.editing;

import java.util.Set;

/** What is selected on the canvas: node names and transition names (either may be empty). */
public record Selection(Set<String> nodes, Set<String> transitions) {
    public static final Selection EMPTY = new Selection(Set.of(), Set.of());

    public Selection {
        nodes = Set.copyOf(nodes);
        transitions = Set.copyOf(transitions);
    }

    public static Selection node(String name) {
        return new Selection(Set.of(name), Set.of());
    }

    public static Selection transition(String name) {
        return new Selection(Set.of(), Set.of(name));
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && transitions.isEmpty();
    }

    /** The one selected node, or null when the selection is not exactly one node. */
    public String singleNode() {
        return nodes.size() == 1 && transitions.isEmpty() ? nodes.iterator().next() : null;
    }

    /** The one selected transition, or null. */
    public String singleTransition() {
        return transitions.size() == 1 && nodes.isEmpty() ? transitions.iterator().next() : null;
    }
}

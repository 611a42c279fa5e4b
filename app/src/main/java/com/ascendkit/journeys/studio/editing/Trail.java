package com.ascendkit.journeys.studio.editing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A user's path lit on the canvas while it is replayed: the steps visited so far with what their
 * card says (the order of the visits and the last arrival's time, "1, 3 · 10:02:13"), the arrows
 * taken, the step the user is on at this point of the replay and a note for its card (the waiting
 * timer's due time). Made by the people panel's replay, drawn by the canvas. Immutable.
 */
public record Trail(
        Map<String, String> visited, Set<String> transitions, String current, String note) {
    /** No replay: nothing lit. */
    public static final Trail NONE = new Trail(Map.of(), Set.of(), null, null);

    public Trail {
        visited = Collections.unmodifiableMap(new LinkedHashMap<>(visited));
        transitions = Set.copyOf(transitions);
    }

    public boolean isEmpty() {
        return visited.isEmpty();
    }
}

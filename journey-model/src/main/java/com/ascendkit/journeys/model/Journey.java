package com.ascendkit.journeys.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A journey as the API returns it: identity, lifecycle, definition and stats. */
public record Journey(
        String id,
        String name,
        JourneyStatus status,
        long version,
        String entryEvent,
        Map<String, Object> entryConditions,
        String entryNode,
        ReEntryPolicy reEntryPolicy,
        Map<String, Node> nodes,
        List<Transition> transitions,
        JourneyStats stats,
        Instant createdAt,
        Instant updatedAt) {

    public Journey {
        entryConditions =
                entryConditions == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(entryConditions));
        nodes = nodes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        stats = stats == null ? JourneyStats.ZERO : stats;
    }

    /** The editable part, as validated and exported. */
    public JourneyDefinition definition() {
        return new JourneyDefinition(
                name, entryEvent, entryConditions, entryNode, reEntryPolicy, nodes, transitions);
    }
}

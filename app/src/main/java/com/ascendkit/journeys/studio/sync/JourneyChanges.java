package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.ReEntryPolicy;
import java.util.Map;

/**
 * The body of {@code PATCH /v1/journeys/{id}}: each non-null field is changed, null ones are left
 * as they are.
 */
public record JourneyChanges(
        String name,
        String entryEvent,
        Map<String, Object> entryConditions,
        String entryNode,
        ReEntryPolicy reEntryPolicy) {

    public JourneyChanges {
        entryConditions = entryConditions == null ? null : Map.copyOf(entryConditions);
    }

    public static JourneyChanges none() {
        return new JourneyChanges(null, null, null, null, null);
    }

    public JourneyChanges withName(String value) {
        return new JourneyChanges(value, entryEvent, entryConditions, entryNode, reEntryPolicy);
    }

    public JourneyChanges withEntryEvent(String value) {
        return new JourneyChanges(name, value, entryConditions, entryNode, reEntryPolicy);
    }

    public JourneyChanges withEntryConditions(Map<String, Object> value) {
        return new JourneyChanges(name, entryEvent, value, entryNode, reEntryPolicy);
    }

    public JourneyChanges withEntryNode(String value) {
        return new JourneyChanges(name, entryEvent, entryConditions, value, reEntryPolicy);
    }

    public JourneyChanges withReEntryPolicy(ReEntryPolicy value) {
        return new JourneyChanges(name, entryEvent, entryConditions, entryNode, value);
    }
}

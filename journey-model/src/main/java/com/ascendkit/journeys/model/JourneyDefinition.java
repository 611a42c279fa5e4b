package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable part of a journey: its entry and its graph. This is what the validator checks and
 * what export/import carry ({@code "format": "journey/1"}). Nodes keep their insertion order;
 * transitions keep definition order, which decides which event transition fires first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JourneyDefinition(
        String name,
        String entryEvent,
        Map<String, Object> entryConditions,
        String entryNode,
        ReEntryPolicy reEntryPolicy,
        Map<String, Node> nodes,
        List<Transition> transitions) {

    public JourneyDefinition {
        entryConditions = Scalars.requireFlat("entryConditions", entryConditions);
        reEntryPolicy = reEntryPolicy == null ? ReEntryPolicy.SKIP : reEntryPolicy;
        nodes = nodes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }
}

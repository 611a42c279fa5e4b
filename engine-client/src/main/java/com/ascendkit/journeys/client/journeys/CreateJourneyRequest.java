package com.ascendkit.journeys.client.journeys;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * {@code POST /v1/journeys}: a new draft journey. {@code entryNode} (created with action {@code
 * none}), {@code entryConditions} and {@code reEntryPolicy} are optional and left out when null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateJourneyRequest(
        String name,
        String entryEvent,
        String entryNode,
        Map<String, Object> entryConditions,
        ReEntryPolicy reEntryPolicy) {

    public CreateJourneyRequest {
        requireText("name", name);
        requireText("entryEvent", entryEvent);
        entryConditions = entryConditions == null ? null : Map.copyOf(entryConditions);
    }

    public static CreateJourneyRequest of(String name, String entryEvent) {
        return new CreateJourneyRequest(name, entryEvent, null, null, null);
    }

    public CreateJourneyRequest withEntryNode(String node) {
        return new CreateJourneyRequest(name, entryEvent, node, entryConditions, reEntryPolicy);
    }

    public CreateJourneyRequest withEntryConditions(Map<String, Object> conditions) {
        return new CreateJourneyRequest(name, entryEvent, entryNode, conditions, reEntryPolicy);
    }

    public CreateJourneyRequest withReEntryPolicy(ReEntryPolicy policy) {
        return new CreateJourneyRequest(name, entryEvent, entryNode, entryConditions, policy);
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
    }
}

package com.ascendkit.journeys.client.transitions;

import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /v1/journeys/{id}/transitions}: from a node to a node on a trigger ({@link
 * Trigger#on(String)}, {@link Trigger#after(String)}). Without a name the engine names it {@code
 * {from}-to-{to}} (then {@code -2}, {@code -3}…).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddTransitionRequest(String from, String to, Trigger trigger, String name) {

    public AddTransitionRequest {
        Names.requireNodeName("from", from);
        Names.requireNodeName("to", to);
        if (trigger == null) {
            throw new InvalidInputException("trigger", "'trigger' is required");
        }
        if (name != null) {
            Names.requireTransitionName("name", name);
        }
    }

    public static AddTransitionRequest of(String from, String to, Trigger trigger) {
        return new AddTransitionRequest(from, to, trigger, null);
    }

    public AddTransitionRequest withName(String value) {
        return new AddTransitionRequest(from, to, trigger, value);
    }
}

package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.model.Trigger;

/**
 * A transition as a request gives it: {@code name} may be null (a default name is chosen), {@code
 * from} and {@code to} are well-formed but not yet known to exist. {@code field} is where the
 * request put it ({@code ""} for a whole body, {@code transitions[2]} in a list), for messages.
 */
public record TransitionSpec(String name, String from, String to, Trigger trigger, String field) {

    /** The full request path of one of this transition's fields. */
    public String field(String name) {
        return field.isEmpty() ? name : field + "." + name;
    }
}

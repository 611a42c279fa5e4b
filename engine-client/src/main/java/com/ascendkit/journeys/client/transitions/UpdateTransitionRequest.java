package com.ascendkit.journeys.client.transitions;

import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code PATCH /v1/journeys/{id}/transitions/{name}}: only the fields set (non-null) are sent.
 * {@code name} renames the transition. Changing a timer's delay re-times pending timers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateTransitionRequest(String from, String to, Trigger trigger, String name) {

    /** A request that changes nothing yet. */
    public static UpdateTransitionRequest empty() {
        return new UpdateTransitionRequest(null, null, null, null);
    }

    public static UpdateTransitionRequest trigger(Trigger value) {
        return empty().withTrigger(value);
    }

    public UpdateTransitionRequest withFrom(String value) {
        return new UpdateTransitionRequest(value, to, trigger, name);
    }

    public UpdateTransitionRequest withTo(String value) {
        return new UpdateTransitionRequest(from, value, trigger, name);
    }

    public UpdateTransitionRequest withTrigger(Trigger value) {
        return new UpdateTransitionRequest(from, to, value, name);
    }

    public UpdateTransitionRequest withName(String value) {
        return new UpdateTransitionRequest(from, to, trigger, value);
    }
}

package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Trigger;

/** The body of {@code PATCH /v1/journeys/{id}/transitions/{name}}: non-null fields change. */
public record TransitionChanges(String from, String to, Trigger trigger, String name) {

    public static TransitionChanges trigger(Trigger trigger) {
        return new TransitionChanges(null, null, trigger, null);
    }

    public static TransitionChanges ends(String from, String to) {
        return new TransitionChanges(from, to, null, null);
    }
}

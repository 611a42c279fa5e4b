package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;

/**
 * The body of {@code PATCH /v1/journeys/{id}/nodes/{name}}: each non-null field is changed. {@code
 * name} renames the node. (The API's {@code emailId} is the same as the action's {@code
 * fromIdentityEmail}; the editor always sends the whole action instead.)
 */
public record NodeChanges(Action action, Boolean terminal, Position position, String name) {

    public static NodeChanges action(Action action) {
        return new NodeChanges(action, null, null, null);
    }

    public static NodeChanges terminal(boolean terminal) {
        return new NodeChanges(null, terminal, null, null);
    }

    public static NodeChanges position(Position position) {
        return new NodeChanges(null, null, position, null);
    }

    public static NodeChanges rename(String newName) {
        return new NodeChanges(null, null, null, newName);
    }
}

package com.ascendkit.journeys.client.nodes;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Position;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code PATCH /v1/journeys/{id}/nodes/{name}}: only the fields set (non-null) are sent. {@code
 * name} renames the node (references follow; transition names do not). Changing only {@code
 * emailId} keeps the rest of the action.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateNodeRequest(
        Action action, Boolean terminal, String emailId, Position position, String name) {

    /** A request that changes nothing yet. */
    public static UpdateNodeRequest empty() {
        return new UpdateNodeRequest(null, null, null, null, null);
    }

    public static UpdateNodeRequest action(Action value) {
        return empty().withAction(value);
    }

    public UpdateNodeRequest withAction(Action value) {
        return new UpdateNodeRequest(value, terminal, emailId, position, name);
    }

    public UpdateNodeRequest withTerminal(boolean value) {
        return new UpdateNodeRequest(action, value, emailId, position, name);
    }

    public UpdateNodeRequest withEmailId(String value) {
        return new UpdateNodeRequest(action, terminal, value, position, name);
    }

    public UpdateNodeRequest withPosition(Position value) {
        return new UpdateNodeRequest(action, terminal, emailId, value, name);
    }

    public UpdateNodeRequest withName(String value) {
        return new UpdateNodeRequest(action, terminal, emailId, position, value);
    }
}

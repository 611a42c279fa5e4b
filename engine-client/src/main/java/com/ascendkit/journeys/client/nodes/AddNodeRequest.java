package com.ascendkit.journeys.client.nodes;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Position;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /v1/journeys/{id}/nodes}: a node called {@code name}. Unset fields are left out:
 * action defaults to {@code none}, terminal to false. {@code emailId} is the sender identity of a
 * {@code send_email} action (it wins over the action's {@code fromIdentityEmail}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddNodeRequest(
        String name, Action action, Boolean terminal, String emailId, Position position) {

    public AddNodeRequest {
        Names.requireNodeName("name", name);
    }

    public static AddNodeRequest named(String name) {
        return new AddNodeRequest(name, null, null, null, null);
    }

    public AddNodeRequest withAction(Action value) {
        return new AddNodeRequest(name, value, terminal, emailId, position);
    }

    public AddNodeRequest withTerminal(boolean value) {
        return new AddNodeRequest(name, action, value, emailId, position);
    }

    public AddNodeRequest withEmailId(String value) {
        return new AddNodeRequest(name, action, terminal, value, position);
    }

    public AddNodeRequest withPosition(Position value) {
        return new AddNodeRequest(name, action, terminal, emailId, value);
    }
}

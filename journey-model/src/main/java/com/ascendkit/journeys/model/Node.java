package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A step of a journey: the action run on entering it, and whether the journey ends there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(Action action, boolean terminal, Position position) {
    public Node {
        action = action == null ? Action.none() : action;
    }

    public static Node of(Action action) {
        return new Node(action, false, null);
    }

    public Node withAction(Action newAction) {
        return new Node(newAction, terminal, position);
    }

    public Node withTerminal(boolean newTerminal) {
        return new Node(action, newTerminal, position);
    }

    public Node withPosition(Position newPosition) {
        return new Node(action, terminal, newPosition);
    }
}

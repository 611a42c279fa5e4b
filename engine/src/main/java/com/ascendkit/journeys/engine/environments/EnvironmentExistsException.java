package com.ascendkit.journeys.engine.environments;

import com.ascendkit.journeys.model.Quoted;

/**
 * An environment of that name exists already. An {@link IllegalArgumentException}, as a bad name
 * is: callers that only report the message need not tell them apart; the HTTP API answers it 409.
 */
public final class EnvironmentExistsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public EnvironmentExistsException(String name) {
        super("environment " + Quoted.of(name) + " already exists");
    }
}

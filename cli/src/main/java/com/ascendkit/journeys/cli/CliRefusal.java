package com.ascendkit.journeys.cli;

/**
 * A command that will not go on: the user declined, or a confirmation is needed and there is no
 * terminal to ask. Printed as it is, exit code 1.
 */
public final class CliRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliRefusal(String message) {
        super(message);
    }
}

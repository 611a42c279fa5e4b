package com.ascendkit.journeys.localconfig;

/** An environment variable a directory is found from is not set (or is blank). */
public final class MissingVariableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String variable;

    MissingVariableException(String variable) {
        super(variable + " is not set");
        this.variable = variable;
    }

    /** The variable's name, for a message that says what to set. */
    public String variable() {
        return variable;
    }
}

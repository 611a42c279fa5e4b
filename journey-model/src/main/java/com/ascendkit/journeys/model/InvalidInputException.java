package com.ascendkit.journeys.model;

/**
 * Bad input to the journey language: names the field that is wrong and says what is wrong with it,
 * quoting the offending value. The engine turns it into a 400; the CLI and the editor show the
 * message as it is.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, in the API's dotted form ({@code nodes.welcome.action.type}). */
    public String field() {
        return field;
    }

    /** The same problem, reported under a field nested in {@code parent}. */
    public InvalidInputException under(String parent) {
        String nested = field == null || field.isEmpty() ? parent : parent + "." + field;
        return new InvalidInputException(nested, getMessage());
    }
}

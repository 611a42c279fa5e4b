package com.ascendkit.journeys.engine.errors;

/**
 * The change is well-formed but clashes with the state it would apply to: a name already taken, an
 * archived journey, a node that still holds users.
 */
public final class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(null, message);
    }

    /** A conflict caused by one field of the change (the name that is taken). */
    public ConflictException(String field, String message) {
        super(field, message);
    }
}

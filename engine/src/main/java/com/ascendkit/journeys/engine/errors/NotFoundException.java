package com.ascendkit.journeys.engine.errors;

/** The thing the change is about (a journey, a node, a transition) does not exist. */
public final class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(null, message);
    }
}

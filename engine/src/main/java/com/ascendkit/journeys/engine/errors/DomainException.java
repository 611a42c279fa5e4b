package com.ascendkit.journeys.engine.errors;

/**
 * A change the engine's domain refuses. Sealed, so the one place that answers them over HTTP
 * ({@code api.internal.DomainErrors}) is a compile error when a kind is added without an answer.
 * Thrown inside a transaction, it rolls the whole change back.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                ConflictException,
                StaleVersionException,
                LimitExceededException {
    private static final long serialVersionUID = 1L;

    private final String field;

    DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the refusal is about, in the API's dotted form, or null. */
    public String field() {
        return field;
    }
}

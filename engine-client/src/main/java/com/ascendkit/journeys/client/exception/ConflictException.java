package com.ascendkit.journeys.client.exception;

/**
 * 409: the call conflicts with the current state (duplicate name, node holds users, archived
 * journey, idempotency key reused with another body). Never retried.
 */
public final class ConflictException extends EngineException {
    private static final long serialVersionUID = 1L;

    public ConflictException(
            int status, String code, String message, String field, String requestId) {
        super(status, code, message, field, requestId, null);
    }
}

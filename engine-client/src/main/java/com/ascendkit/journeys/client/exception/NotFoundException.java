package com.ascendkit.journeys.client.exception;

/**
 * 404: no such journey, node, template… in the key's environment (another environment's journey
 * answers 404 too); also {@code POST /v1/dev/clock} on a wall-clock engine.
 */
public final class NotFoundException extends EngineException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(
            int status, String code, String message, String field, String requestId) {
        super(status, code, message, field, requestId, null);
    }
}

package com.ascendkit.journeys.client.exception;

/**
 * 5xx, or a 2xx whose body this client cannot read: the engine failed. Retried by the client (where
 * safe) before this is thrown.
 */
public final class EngineServerException extends EngineException {
    private static final long serialVersionUID = 1L;

    public EngineServerException(
            int status, String code, String message, String field, String requestId) {
        super(status, code, message, field, requestId, null);
    }
}

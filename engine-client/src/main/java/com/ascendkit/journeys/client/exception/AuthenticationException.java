package com.ascendkit.journeys.client.exception;

/** 401: no key, or one the engine does not know. */
public final class AuthenticationException extends EngineException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(
            int status, String code, String message, String field, String requestId) {
        super(status, code, message, field, requestId, null);
    }
}

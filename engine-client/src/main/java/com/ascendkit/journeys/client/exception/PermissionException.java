package com.ascendkit.journeys.client.exception;

/**
 * 403: the key may not make this call (a publishable key outside {@code POST /v1/events/track}).
 */
public final class PermissionException extends EngineException {
    private static final long serialVersionUID = 1L;

    public PermissionException(
            int status, String code, String message, String field, String requestId) {
        super(status, code, message, field, requestId, null);
    }
}

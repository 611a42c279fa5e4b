package com.ascendkit.journeys.client.exception;

/**
 * 400 or 413 (and any other 4xx without a class of its own): the request is wrong; the message
 * names the field and quotes the value. Never retried.
 */
public final class InvalidRequestException extends EngineException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(
            int status, String code, String message, String field, String requestId) {
        super(status, code, message, field, requestId, null);
    }
}

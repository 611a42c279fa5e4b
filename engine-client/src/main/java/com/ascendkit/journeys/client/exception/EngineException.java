package com.ascendkit.journeys.client.exception;

import java.util.Optional;

/**
 * An engine call that did not succeed. Unchecked (unlike stripe-java's) so that the CLI's exception
 * handler and the editor's task executor can catch it in one place without every lambda declaring
 * it. The message is the engine's own: it names the field and quotes the offending value.
 */
public abstract class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;
    private final String requestId;

    protected EngineException(
            int status,
            String code,
            String message,
            String field,
            String requestId,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.field = field;
        this.requestId = requestId;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int status() {
        return status;
    }

    /** The error code of the body ({@code not_found}, {@code invalid_request} …), or a stand-in. */
    public String code() {
        return code;
    }

    /** The request field the error is about, when the engine named one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The engine's {@code Request-Id} response header, for its logs. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName()
                + "[status="
                + status
                + ", code="
                + code
                + (field == null ? "" : ", field=" + field)
                + (requestId == null ? "" : ", requestId=" + requestId)
                + "]: "
                + getMessage();
    }
}

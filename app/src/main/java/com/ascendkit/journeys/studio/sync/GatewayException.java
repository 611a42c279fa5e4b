package com.ascendkit.journeys.studio.sync;

import com.ascendkit.journeys.model.api.JourneyResponse;

/**
 * A call to the engine that did not succeed, told apart by {@link Kind}. The message is the API's
 * own words (it names the field and quotes the value) and is shown to the user as it is.
 */
public final class GatewayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, by the API's status codes. */
    public enum Kind {
        /** 400: bad input; {@link #field()} names it. */
        INVALID,
        /** 409: conflicts with the current state (duplicate name, users in a node, archived). */
        CONFLICT,
        /** 412: the journey changed since the version the edit was made against. */
        PRECONDITION_FAILED,
        /** 404. */
        NOT_FOUND,
        /** No answer: connection refused, timed out, or the engine is not running. */
        UNREACHABLE,
        /** Any other refusal: 401, 403, 5xx. */
        REJECTED
    }

    private final Kind kind;
    private final String field;
    private final transient JourneyResponse current;

    private GatewayException(
            Kind kind, String message, String field, JourneyResponse current, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.field = field;
        this.current = current;
    }

    public static GatewayException invalid(String field, String message) {
        return new GatewayException(Kind.INVALID, message, field, null, null);
    }

    public static GatewayException conflict(String message) {
        return new GatewayException(Kind.CONFLICT, message, null, null, null);
    }

    /** 412 with the journey as it is now (the body of the answer). */
    public static GatewayException preconditionFailed(String message, JourneyResponse current) {
        return new GatewayException(Kind.PRECONDITION_FAILED, message, null, current, null);
    }

    public static GatewayException notFound(String message) {
        return new GatewayException(Kind.NOT_FOUND, message, null, null, null);
    }

    public static GatewayException unreachable(String message, Throwable cause) {
        return new GatewayException(Kind.UNREACHABLE, message, null, null, cause);
    }

    public static GatewayException rejected(String message) {
        return new GatewayException(Kind.REJECTED, message, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, for {@link Kind#INVALID}; else null. */
    public String field() {
        return field;
    }

    /** The journey as the engine has it now, for {@link Kind#PRECONDITION_FAILED}; else null. */
    public JourneyResponse current() {
        return current;
    }
}

package com.ascendkit.journeys.engine.api;

import java.util.Map;

/**
 * A request that the engine refuses, with the HTTP status and the contract's error code. Thrown
 * from anywhere below a handler; the transaction around the call rolls back, so a refused call
 * changes nothing. {@code extraBody} adds fields beside {@code error} (a 412 carries the current
 * journey).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;
    private final transient Map<String, Object> extraBody;
    private final Long etagVersion;

    private ApiException(
            int status,
            String code,
            String message,
            String field,
            Map<String, Object> extraBody,
            Long etagVersion) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.extraBody = extraBody == null ? Map.of() : Map.copyOf(extraBody);
        this.etagVersion = etagVersion;
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "invalid_request", message, field, null, null);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, null, null, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, null, null, null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null, null, null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message, null, null, null);
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(409, "conflict", message, field, null, null);
    }

    /** 412 with the current state beside the error, and its ETag. */
    public static ApiException preconditionFailed(
            String message, Map<String, Object> current, long currentVersion) {
        return new ApiException(
                412, "precondition_failed", message, "If-Match", current, currentVersion);
    }

    public static ApiException payloadTooLarge(String message) {
        return new ApiException(413, "payload_too_large", message, null, null, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> extraBody() {
        return extraBody;
    }

    /** The version to send as ETag with the error, or null. */
    public Long etagVersion() {
        return etagVersion;
    }
}

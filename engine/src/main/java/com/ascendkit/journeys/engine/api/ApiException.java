package com.ascendkit.journeys.engine.api;

import java.util.List;
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
    private final transient Map<String, Object> location;
    private final String allow;

    private ApiException(
            int status,
            String code,
            String message,
            String field,
            Map<String, Object> extraBody,
            Long etagVersion) {
        this(status, code, message, field, extraBody, etagVersion, null);
    }

    private ApiException(
            int status,
            String code,
            String message,
            String field,
            Map<String, Object> extraBody,
            Long etagVersion,
            Map<String, Object> location) {
        this(status, code, message, field, extraBody, etagVersion, location, null);
    }

    private ApiException(
            int status,
            String code,
            String message,
            String field,
            Map<String, Object> extraBody,
            Long etagVersion,
            Map<String, Object> location,
            String allow) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.extraBody = extraBody == null ? Map.of() : Map.copyOf(extraBody);
        this.etagVersion = etagVersion;
        this.location = location == null ? Map.of() : Map.copyOf(location);
        this.allow = allow;
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "invalid_request", message, field, null, null);
    }

    /**
     * A 400 about a place inside a field's text (a template's Liquid error): the error object also
     * carries {@code line} and {@code column}, counted from 1.
     */
    public static ApiException invalidAt(String field, String message, int line, int column) {
        return new ApiException(
                400,
                "invalid_request",
                message,
                field,
                null,
                null,
                Map.of("line", line, "column", column));
    }

    /** 502: a server the engine relies on (SMTP) refused or could not be reached. */
    public static ApiException badGateway(String message) {
        return new ApiException(502, "delivery_failed", message, null, null, null);
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

    /** 409 with more beside the error (the journeys that hold on to what was to be deleted). */
    public static ApiException conflict(String message, Map<String, Object> extraBody) {
        return new ApiException(409, "conflict", message, null, extraBody, null);
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

    /**
     * A 400 for a change that would take something beyond one of the engine's limits: the error
     * also carries {@code limit} (its name), {@code max} and {@code actual}.
     */
    public static ApiException limitExceeded(
            String field, String message, String limit, long max, long actual) {
        return new ApiException(
                400,
                "invalid_request",
                message,
                field,
                null,
                null,
                Map.of("limit", limit, "max", max, "actual", actual));
    }

    public static ApiException payloadTooLarge(String message) {
        return new ApiException(413, "payload_too_large", message, null, null, null);
    }

    /** 408: the request's body did not arrive in time ({@code HttpLimits.bodyReadTimeout}). */
    public static ApiException requestTimeout(String message) {
        return new ApiException(408, "request_timeout", message, null, null, null);
    }

    /** 429: this client (its address or its key) has more in progress than the engine admits. */
    public static ApiException tooManyRequests(String message) {
        return new ApiException(429, "too_many_requests", message, null, null, null);
    }

    /**
     * 405: the path exists but does not take this method; {@code allowed} (the path's declared
     * methods) goes out as the {@code Allow} header.
     */
    public static ApiException methodNotAllowed(String message, List<String> allowed) {
        return new ApiException(
                405,
                "method_not_allowed",
                message,
                null,
                null,
                null,
                null,
                String.join(", ", allowed));
    }

    /** 414: the request line is longer than the engine reads. */
    public static ApiException uriTooLong(String message) {
        return new ApiException(414, "uri_too_long", message, null, null, null);
    }

    /**
     * 415: a body that is not JSON, or an encoding the engine does not decode; names the header.
     */
    public static ApiException unsupportedMediaType(String header, String message) {
        return new ApiException(415, "unsupported_media_type", message, header, null, null);
    }

    /** 431: the request's headers are larger than the engine reads. */
    public static ApiException headersTooLarge(String message) {
        return new ApiException(431, "headers_too_large", message, null, null, null);
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

    /** Fields of the error object beyond code, message and field ({@code line}, {@code column}). */
    public Map<String, Object> location() {
        return location;
    }

    /** The {@code Allow} header to send with a 405, or null. */
    public String allow() {
        return allow;
    }

    /** The version to send as ETag with the error, or null. */
    public Long etagVersion() {
        return etagVersion;
    }
}

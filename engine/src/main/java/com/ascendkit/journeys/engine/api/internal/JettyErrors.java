package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.api.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own refusals, made before any of the engine's handlers runs (a request line or headers
 * Jetty cannot parse, an escape it rejects, a control character, a URI or headers over {@link
 * #HEADER_BYTES}), answered in the contract's JSON error shape with a {@code Request-Id} instead of
 * Jetty's HTML page. Thread-safe (stateless).
 */
public final class JettyErrors extends ErrorHandler {
    /** The most the request line and the headers may take together: Jetty's default, stated. */
    public static final int HEADER_BYTES = 8 * 1024;

    private static final String JSON = "application/json; charset=utf-8";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        fields.put(RequestIds.HEADER, RequestIds.newId());
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest,
            HttpServletRequest request,
            HttpServletResponse response,
            int code,
            String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(JSON);
        if (response.getHeader(RequestIds.HEADER) == null) {
            response.setHeader(RequestIds.HEADER, RequestIds.newId());
        }
        response.getOutputStream().write(body(code, message));
    }

    private static byte[] body(int status, String reason) {
        ApiError.Detail detail = new ApiError.Detail(code(status), message(status, reason), null);
        return EngineJson.write(Map.of("error", detail)).getBytes(StandardCharsets.UTF_8);
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            // 505 is the client's HTTP version, not the engine failing.
            default -> status >= 500 && status != 505 ? "internal_error" : "invalid_request";
        };
    }

    private static String message(int status, String reason) {
        return switch (status) {
            case 414 ->
                    "the request line is too long: with the headers it may take at most "
                            + HEADER_BYTES
                            + " bytes";
            case 431 ->
                    "the request headers are too large: with the request line they may"
                            + " take at most "
                            + HEADER_BYTES
                            + " bytes";
            case 505 -> "the engine speaks HTTP/1.1 (and 1.0): send the request in one of them";
            default ->
                    status >= 500
                            ? "the engine failed on this request; its log has the details"
                            : "the engine could not read this request"
                                    + (reason == null || reason.isBlank()
                                            ? ""
                                            : " (" + shortened(reason) + ")")
                                    + "; check its method, path and percent-escapes, and its headers";
        };
    }

    private static String shortened(String reason) {
        return reason.length() <= 100 ? reason : reason.substring(0, 100) + "…";
    }
}

package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.exception.AuthenticationException;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.exception.EngineServerException;
import com.ascendkit.journeys.client.exception.InvalidRequestException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.exception.PermissionException;
import com.ascendkit.journeys.client.exception.PreconditionFailedException;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Turns an error response into the exception of its status. The body is {@code {"error": {"code",
 * "message", "field"?}}}; anything else (a proxy's HTML page, an empty body) still gives a useful
 * message (a stand-in code: the engine's own for that status, else {@code server_error} or {@code
 * http_<status>}). A 412 body also carries the current journey ({@code "journey"}, {@code
 * "warnings"}, {@code "warningsSuppressed"}).
 */
final class ErrorMapper {
    private static final int MAX_QUOTED_BODY = 200;

    private final ObjectMapper json;

    ErrorMapper(ObjectMapper json) {
        this.json = json;
    }

    EngineException map(String method, String url, ApiResponse response) {
        int status = response.status();
        String requestId = response.header("Request-Id");
        JsonNode root = readTree(response);
        JsonNode error = root == null ? null : root.get("error");
        String code = text(error, "code");
        String message = text(error, "message");
        String field = text(error, "field");
        if (code == null) {
            code = defaultCode(status);
        }
        if (message == null) {
            message = fallbackMessage(method, url, response);
        }
        return switch (status) {
            case 400, 413 -> new InvalidRequestException(status, code, message, field, requestId);
            case 401 -> new AuthenticationException(status, code, message, field, requestId);
            case 403 -> new PermissionException(status, code, message, field, requestId);
            case 404 -> new NotFoundException(status, code, message, field, requestId);
            case 409 -> new ConflictException(status, code, message, field, requestId);
            case 412 ->
                    new PreconditionFailedException(
                            code, message, field, requestId, currentJourney(root));
            default ->
                    status >= 400 && status < 500
                            ? new InvalidRequestException(status, code, message, field, requestId)
                            : new EngineServerException(status, code, message, field, requestId);
        };
    }

    private JsonNode readTree(ApiResponse response) {
        if (response.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private JourneyResponse currentJourney(JsonNode root) {
        if (root == null || !root.path("journey").isObject()) {
            return null;
        }
        try {
            return json.treeToValue(root, JourneyResponse.class);
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode node, String name) {
        if (node == null || !node.path(name).isTextual()) {
            return null;
        }
        return node.get(name).asText();
    }

    private static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 412 -> "precondition_failed";
            case 413 -> "payload_too_large";
            case 500 -> "internal_error";
            default -> status >= 500 ? "server_error" : "http_" + status;
        };
    }

    private static String fallbackMessage(String method, String url, ApiResponse response) {
        String body = response.bodyText().strip().replaceAll("\\s+", " ");
        if (body.length() > MAX_QUOTED_BODY) {
            body = body.substring(0, MAX_QUOTED_BODY) + "…";
        }
        return "HTTP "
                + response.status()
                + " from "
                + method
                + " "
                + url
                + (body.isEmpty() ? "" : ": " + body);
    }
}

package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A plain HTTP client for API tests (java.net.http): raw requests, JSON answers. */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String key;

    public ApiClient(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    public ApiClient withKey(String newKey) {
        return new ApiClient(baseUrl, newKey);
    }

    /** An answer: status, body parsed as JSON (null when empty), headers. */
    public record Response(
            int status, String text, JsonNode json, java.net.http.HttpHeaders headers) {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonNode journey() {
            return json.get("journey");
        }

        public String errorCode() {
            return json.path("error").path("code").asText(null);
        }

        public String errorField() {
            return json.path("error").path("field").asText(null);
        }

        public String errorMessage() {
            return json.path("error").path("message").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Response patch(String path, String body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    public Response put(String path, String body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** Sends a request; {@code headers} are name/value pairs. */
    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            JsonNode json = text == null || text.isEmpty() ? null : parse(text);
            return new Response(r.statusCode(), text, json, r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return EngineJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the engine answered something that is not JSON: " + text, e);
        }
    }
}

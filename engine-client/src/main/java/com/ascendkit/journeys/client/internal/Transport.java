package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineServerException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends {@link ApiRequest}s: builds the URL under {@code /v1}, adds the key, the user agent, {@code
 * If-Match} and {@code Idempotency-Key} headers, retries per {@link RetryPolicy}, closes every
 * response and maps errors to exceptions. Thread-safe; one per {@code EngineClient}.
 */
public final class Transport {
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl baseUrl;
    private final String authorization;
    private final String userAgent;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final RetryPolicy retries;
    private final ErrorMapper errors;
    private final Decoder decoder;

    public Transport(
            HttpUrl baseUrl,
            String apiKey,
            String userAgent,
            OkHttpClient http,
            ObjectMapper json,
            RetryPolicy retries) {
        this.baseUrl = baseUrl;
        this.authorization = apiKey == null ? null : "Bearer " + apiKey;
        this.userAgent = userAgent;
        this.http = http;
        this.json = json;
        this.retries = retries;
        this.errors = new ErrorMapper(json);
        this.decoder = new Decoder(json);
    }

    public ObjectMapper json() {
        return json;
    }

    public OkHttpClient http() {
        return http;
    }

    public Decoder decoder() {
        return decoder;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    ErrorMapper errors() {
        return errors;
    }

    /** Sends {@code call} (retrying where safe) and returns its 2xx response, or throws. */
    public ApiResponse execute(ApiRequest call) {
        return execute(http, call);
    }

    /** As {@link #execute(ApiRequest)} on a variant of the shared client (other timeouts). */
    public ApiResponse execute(OkHttpClient client, ApiRequest call) {
        Request request = toRequest(call);
        boolean safe = RetryPolicy.isSafeToRetry(request);
        if (!safe) {
            // OkHttp by itself replays a request whose connection failed, even after sending it:
            // not for one that is unsafe to replay.
            client = client.newBuilder().retryOnConnectionFailure(false).build();
        }
        String url = request.url().toString();
        for (int attempt = 0; ; attempt++) {
            boolean mayRetry = safe && attempt < retries.maxRetries();
            ApiResponse response;
            try {
                response = once(client, request);
            } catch (IOException e) {
                if (!mayRetry) {
                    throw new EngineConnectionException(request.method(), url, e);
                }
                pause(request, attempt, null);
                continue;
            }
            int status = response.status();
            if (status >= 500 && mayRetry) {
                pause(request, attempt, response.header("Retry-After"));
                continue;
            }
            if (status < 200 || status >= 300) {
                throw errors.map(request.method(), url, response);
            }
            return response;
        }
    }

    /** Sends {@code call} and reads its body as {@code type}. */
    public <T> T send(ApiRequest call, Class<T> type) {
        return decoder.read(execute(call), type);
    }

    /** A request with the URL and the authentication headers of {@code call}, for streaming. */
    public Request.Builder authorized(ApiRequest call) {
        Request.Builder builder = new Request.Builder().url(url(call));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.header("User-Agent", userAgent);
    }

    HttpUrl url(ApiRequest call) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : call.segments()) {
            url.addPathSegment(segment);
        }
        for (Map.Entry<String, String> q : call.orderedQuery().entrySet()) {
            url.addQueryParameter(q.getKey(), q.getValue());
        }
        return url.build();
    }

    private Request toRequest(ApiRequest call) {
        Request.Builder builder = authorized(call).header("Accept", "application/json");
        RequestOptions options = call.options();
        options.expectedVersion().ifPresent(v -> builder.header("If-Match", "\"" + v + "\""));
        if (options.prefersMinimal()) {
            builder.header("Prefer", "return=minimal");
        }
        RequestBody body = null;
        if (!call.method().equals("GET") && !call.method().equals("DELETE")
                || call.body() != null) {
            body = RequestBody.create(writeBody(call.body()), JSON);
        }
        if (call.method().equals("POST")) {
            // Once per logical call: every retry of it carries the same key.
            builder.header(
                    "Idempotency-Key",
                    options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString()));
        }
        return builder.method(call.method(), body).build();
    }

    private String writeBody(Object body) {
        if (body == null) {
            return "{}";
        }
        try {
            return body instanceof JsonNode node
                    ? json.writeValueAsString(node)
                    : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body " + body, e);
        }
    }

    private static ApiResponse once(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            return new ApiResponse(response.code(), response.headers(), bytes);
        }
    }

    private void pause(Request request, int attempt, String retryAfter) {
        try {
            retries.pause(attempt, retryAfter);
        } catch (java.io.InterruptedIOException e) {
            throw new EngineConnectionException(request.method(), request.url().toString(), e);
        }
    }

    /** A 2xx body this client cannot read. */
    static EngineServerException unreadable(ApiResponse response, Exception cause) {
        return new EngineServerException(
                response.status(),
                "invalid_response",
                "the engine answered "
                        + response.status()
                        + " with a body this client cannot read: "
                        + cause.getMessage(),
                null,
                response.header("Request-Id"));
    }
}

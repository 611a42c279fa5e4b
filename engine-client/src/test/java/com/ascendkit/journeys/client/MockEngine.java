package com.ascendkit.journeys.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A real HTTP server on a random port (OkHttp's MockWebServer) scripted with the engine's answers,
 * and a client pointed at it whose retries record their delays instead of waiting.
 */
public final class MockEngine implements AutoCloseable {
    public static final String KEY = "sk_TESTtestTESTtestTESTtestTESTte";

    /** Short timeouts: a test whose script runs out fails in seconds, not minutes. */
    private static final OkHttpClient HTTP =
            new OkHttpClient.Builder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .readTimeout(Duration.ofSeconds(5))
                    .build();

    public final MockWebServer server = new MockWebServer();
    public final RecordingSleeper sleeper = new RecordingSleeper();

    public MockEngine() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EngineClient client() {
        return client(2);
    }

    public EngineClient client(int maxRetries) {
        return EngineClient.builder()
                .baseUrl(server.url("/").toString())
                .apiKey(KEY)
                .maxRetries(maxRetries)
                .sleeper(sleeper)
                .httpClient(HTTP)
                .build();
    }

    public MockEngine json(int status, String body) {
        server.enqueue(
                new MockResponse()
                        .setResponseCode(status)
                        .setHeader("Content-Type", "application/json; charset=utf-8")
                        .setBody(body));
        return this;
    }

    public MockEngine enqueue(MockResponse response) {
        server.enqueue(response);
        return this;
    }

    /** The next request the server received (fails the test if none came within 5 s). */
    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("no request reached the server");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

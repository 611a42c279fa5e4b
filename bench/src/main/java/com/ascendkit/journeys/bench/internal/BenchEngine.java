package com.ascendkit.journeys.bench.internal;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real engine for a benchmark: the database opened once and shared by the journey API and the
 * run-time (as the launcher does), served on a free loopback port, with a new environment and a
 * client holding its secret key. The key never leaves this object except inside the client.
 */
public final class BenchEngine implements AutoCloseable {
    private final Database db;
    private final JourneyRuntime runtime;
    private final Engine engine;
    private final IssuedKeys keys;
    private final EngineClient client;
    private final OkHttpClient raw = new OkHttpClient();

    private BenchEngine(DatabaseConfig config, Clock clock) {
        this.db = Database.open(config);
        try {
            // The engine assembles its run-time on its clock and serves the run-time's routes.
            this.engine =
                    Engine.builder()
                            .database(db)
                            .clock(clock)
                            .host("127.0.0.1")
                            .port(0)
                            .build()
                            .start();
            this.runtime = engine.runtime();
            this.keys = engine.environments().create("bench");
            this.client = client(1);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public static BenchEngine start(DatabaseConfig config, Clock clock) {
        return new BenchEngine(config, clock);
    }

    /**
     * A client on its own OkHttp pool of at most {@code connections} keep-alive connections, no
     * retries (a failure is a failure of the benchmark).
     */
    public EngineClient client(int connections) {
        return client(
                new OkHttpClient.Builder()
                        .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
                        .connectTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofMinutes(10))
                        .build());
    }

    /** A client on {@code http} (e.g. one with an interceptor that counts bytes), no retries. */
    public EngineClient client(OkHttpClient http) {
        return EngineClient.builder()
                .baseUrl(engine.url())
                .apiKey(keys.secretKey())
                .httpClient(http)
                .maxRetries(0)
                .build();
    }

    public EngineClient client() {
        return client;
    }

    /**
     * {@code GET path} on a plain OkHttp client with the secret key, the body read as bytes and not
     * parsed: the server's share of a call, without engine-client's JSON decoding. Returns the
     * body's length.
     */
    public long rawGet(String path) {
        Request request =
                new Request.Builder()
                        .url(engine.url() + path)
                        .header("Authorization", "Bearer " + keys.secretKey())
                        .build();
        try (Response response = raw.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("GET " + path + " answered " + response.code());
            }
            return response.body().bytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        }
    }

    public Database db() {
        return db;
    }

    public JourneyRuntime runtime() {
        return runtime;
    }

    public Engine engine() {
        return engine;
    }

    public String environmentId() {
        return keys.environmentId();
    }

    @Override
    public void close() {
        engine.stop(); // stops the run-time too; the database is ours to close
        db.close();
    }
}

package com.ascendkit.journeys.bench.slow;

import com.ascendkit.journeys.bench.internal.Samples;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Calls {@code GET /v1/health} one call after the other on its own thread (a pause of 10 ms between
 * calls) and keeps each call's latency; {@link #takeSamples()} hands over what was taken since the
 * last time. Thread-safe.
 */
final class HealthProbe {
    private static final long PAUSE_MILLIS = 10;

    private final OkHttpClient http =
            new OkHttpClient.Builder()
                    .callTimeout(Duration.ofSeconds(5))
                    .retryOnConnectionFailure(false)
                    .build();
    private final Request request;
    private final Thread thread;
    private Samples samples = new Samples(1024);
    private int failures;
    private volatile boolean running = true;

    private HealthProbe(String baseUrl) {
        this.request = new Request.Builder().url(baseUrl + "/v1/health").build();
        this.thread = new Thread(this::loop, "health-probe");
        thread.setDaemon(true);
    }

    static HealthProbe start(String baseUrl) {
        HealthProbe p = new HealthProbe(baseUrl);
        p.thread.start();
        return p;
    }

    synchronized Samples takeSamples() {
        Samples taken = samples;
        samples = new Samples(1024);
        return taken;
    }

    synchronized int failures() {
        return failures;
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void loop() {
        while (running) {
            long start = System.nanoTime();
            boolean ok;
            try (Response r = http.newCall(request).execute()) {
                ok = r.code() == 200;
                r.body().bytes();
            } catch (IOException e) {
                ok = false;
            }
            record(System.nanoTime() - start, ok);
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(long nanos, boolean ok) {
        samples.add(nanos);
        if (!ok) {
            failures++;
        }
    }
}

package com.ascendkit.journeys.bench.slow;

import com.ascendkit.journeys.bench.BenchOptions;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.Machine;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 13 item 3 / issue 14: {@code GET /v1/health} latency while {@code --slow-streams} journey
 * streams are open and {@code --slow-bodies} requests trickle their bodies (one byte a second per
 * connection, {@code POST /v1/events/track} with the publishable key), against an engine with its
 * default limits on an H2 file. A body the engine ends with its 408 is opened again at once, as an
 * attacker would. Health is probed one call after the other from the first connection on.
 */
public final class SlowClientsBenchmark {
    private static final String TRACK_BODY_LENGTH = "1000";

    /** Health calls before anything is measured: JIT, the probe's connection. */
    private static final long WARM_UP_MILLIS = 5_000;

    private final BenchOptions options;
    private final Report report;

    public SlowClientsBenchmark(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    public void run() {
        try (BenchDatabase db = BenchDatabase.h2();
                Engine engine = Engine.builder().database(db.config()).port(0).build().start()) {
            IssuedKeys keys = engine.environments().create("bench");
            String journeyId = SlowJourney.create(engine, keys);
            measure(engine, keys, journeyId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void measure(Engine engine, IssuedKeys keys, String journeyId) throws IOException {
        int port = engine.port();
        String stream =
                "GET /v1/journeys/"
                        + journeyId
                        + "/stream HTTP/1.1\r\nHost: engine\r\nAuthorization: Bearer "
                        + keys.secretKey()
                        + "\r\n\r\n";
        String body =
                "POST /v1/events/track HTTP/1.1\r\nHost: engine\r\nAuthorization: Bearer "
                        + keys.publishableKey()
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + TRACK_BODY_LENGTH
                        + "\r\n\r\n{";
        report.note(
                String.format(
                        Locale.ROOT,
                        "slow clients: %d streams and %d trickled bodies, then %d s held; %s",
                        options.slowStreams(),
                        options.slowBodies(),
                        options.slowSeconds(),
                        Machine.describe()));
        List<SlowSocket> streams = new ArrayList<>();
        HealthProbe probe = HealthProbe.start(engine.url());
        Trickler trickler = new Trickler(port, body);
        try {
            sleep(WARM_UP_MILLIS);
            probe.takeSamples();
            sleep(WARM_UP_MILLIS);
            Samples idle = probe.takeSamples();
            long rampStart = System.nanoTime();
            for (int i = 0; i < Math.max(options.slowStreams(), options.slowBodies()); i++) {
                if (i < options.slowStreams()) {
                    SlowSocket s = new SlowSocket(port, stream);
                    streams.add(s);
                    s.awaitText("event: journey");
                }
                if (i < options.slowBodies()) {
                    trickler.open();
                }
            }
            double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
            Samples ramp = probe.takeSamples();
            trickler.start();
            sleep(options.slowSeconds() * 1000L);
            Samples held = probe.takeSamples();
            trickler.stop();
            row("idle", idle, "5 s before any slow client, after 5 s of warm-up");
            row("while opening", ramp, String.format(Locale.ROOT, "%.1f s", rampSeconds));
            row("all open", held, trickler.reopened() + " bodies answered 408 and reopened");
            report.add(
                    "slow clients",
                    "health failures (non-200 or no answer in 5 s)",
                    String.valueOf(probe.failures()),
                    "0",
                    "");
        } finally {
            probe.stop();
            trickler.close();
            for (SlowSocket s : streams) {
                s.close();
            }
        }
    }

    private void row(String phase, Samples s, String note) {
        if (s.count() == 0) {
            return;
        }
        report.add(
                "slow clients",
                "GET /v1/health, " + phase,
                Report.ms(s.medianMillis()) + " p50 / " + Report.ms(s.p99Millis()) + " p99",
                "p99 ≤ 50 ms",
                s.count() + " calls; " + note);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

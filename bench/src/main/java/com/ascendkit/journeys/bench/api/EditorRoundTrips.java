package com.ascendkit.journeys.bench.api;

import com.ascendkit.journeys.bench.BenchOptions;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.client.RequestOptions;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.testing.JourneyGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * The editor's edit round trip on a journey of {@code --get-nodes} nodes and {@code
 * --get-transitions} transitions (1,000 and 2,000): node moves and renames through engine-client
 * as the editor's gateway sends them, answered whole (before {@code Prefer: return=minimal}: {@code
 * If-Match} only) and minimal ({@link RequestOptions#basedOn}: the client applies the change to
 * the journey it holds). The two kinds alternate edit by edit on the same journey, so that a change
 * of load touches both alike. Each row: median and p99 per edit, and the answer's bytes, counted
 * (decompressed, as the client reads them) in one more untimed cycle of four edits of each kind.
 */
public final class EditorRoundTrips {
    private final BenchOptions options;
    private final Report report;

    public EditorRoundTrips(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    public void run() {
        AtomicLong bytes = new AtomicLong();
        AtomicBoolean counting = new AtomicBoolean();
        try (BenchDatabase db = BenchDatabase.h2();
                BenchEngine engine = BenchEngine.start(db.config(), Clock.systemUTC())) {
            EngineClient client =
                    engine.client(
                            new OkHttpClient.Builder()
                                    .addInterceptor(
                                            chain -> {
                                                var r = chain.proceed(chain.request());
                                                if (counting.get()) {
                                                    // a copy of the body: only in the untimed pass
                                                    bytes.set(
                                                            r.peekBody(Long.MAX_VALUE)
                                                                    .contentLength());
                                                }
                                                return r;
                                            })
                                    .build());
            EnvironmentSeed.create(client);
            int n = options.getNodes();
            int t = options.getTransitions();
            Journey journey =
                    client.journeys()
                            .importJourney(
                                    ExportedJourney.of(
                                            JourneyGenerator.generate(n, t, options.seed())))
                            .journey();
            report.note(
                    "editor round trips: "
                            + options.editWarmup()
                            + " warm-up and "
                            + options.editSamples()
                            + " measured edits of each kind, alternating, on "
                            + n
                            + " nodes / "
                            + t
                            + " transitions");
            Samples whole = new Samples(options.editSamples());
            Samples minimal = new Samples(options.editSamples());
            List<Long> wholeBytes = new ArrayList<>();
            List<Long> minimalBytes = new ArrayList<>();
            int total = options.editWarmup() + options.editSamples();
            // then one untimed cycle of each kind, counting the bytes of each answer
            for (int i = 0; i < 2 * total + 8; i++) {
                boolean small = i % 2 == 1;
                boolean measured = i >= 2 * options.editWarmup() && i < 2 * total;
                counting.set(i >= 2 * total);
                RequestOptions how =
                        small
                                ? RequestOptions.basedOn(journey)
                                : RequestOptions.ifMatch(journey.version());
                long start = System.nanoTime();
                JourneyResult r = edit(client, journey, i / 2, how);
                long elapsed = System.nanoTime() - start;
                if (r.journey().nodes().size() != n) {
                    throw new IllegalStateException(
                            "journey has " + r.journey().nodes().size() + " nodes");
                }
                journey = r.journey();
                if (measured) {
                    (small ? minimal : whole).add(elapsed);
                } else if (counting.get()) {
                    (small ? minimalBytes : wholeBytes).add(bytes.get());
                }
            }
            row("whole answer (before)", whole, wholeBytes, n);
            row("Prefer: return=minimal (after)", minimal, minimalBytes, n);
        }
    }

    /**
     * Edit {@code k} of a cycle of four on node {@code k / 4}: move it, rename it to {@code
     * <name>_r}, move it again, rename it back.
     */
    private static JourneyResult edit(
            EngineClient client, Journey j, int k, RequestOptions how) {
        String base = JourneyGenerator.name((k / 4) % j.nodes().size());
        String renamed = base + "_r";
        String now = j.nodes().containsKey(base) ? base : renamed;
        UpdateNodeRequest request =
                switch (k % 4) {
                    case 1 -> UpdateNodeRequest.empty().withName(renamed);
                    case 3 -> UpdateNodeRequest.empty().withName(base);
                    default ->
                            UpdateNodeRequest.empty().withPosition(new Position(k % 997, k % 503));
                };
        return client.nodes().update(j.id(), now, request, how);
    }

    private void row(String kind, Samples s, List<Long> bytes, int n) {
        List<Long> sorted = new ArrayList<>(bytes);
        Collections.sort(sorted);
        report.add(
                "editor",
                "node move/rename round trip, " + kind + " (" + n + " nodes)",
                Report.ms(s.medianMillis()) + " p50 / " + Report.ms(s.p99Millis()) + " p99",
                "",
                String.format(
                        Locale.ROOT,
                        "%,d bytes of JSON per answer (median of 4); %d edits",
                        sorted.get(sorted.size() / 2),
                        s.count()));
    }
}

package com.ascendkit.journeys.bench.api;

import com.ascendkit.journeys.bench.BenchOptions;
import com.ascendkit.journeys.bench.BenchOptions.Part;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.JourneyResult;
import com.ascendkit.journeys.model.api.ExportedJourney;
import com.ascendkit.journeys.model.testing.JourneyGenerator;
import java.time.Clock;
import java.util.Locale;

/**
 * Issue 2, over HTTP through engine-client against a real engine (embedded H2 file in a temporary
 * directory, loopback): edit round trips on a journey of {@code editNodes} nodes, and {@code GET}
 * of a 1,000-node / 2,000-transition journey imported through the API. Then the validator alone.
 */
public final class ApiBenchmark {
    private final BenchOptions options;
    private final Report report;

    public ApiBenchmark(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    public void run() {
        if (options.runs(Part.EDITS) || options.runs(Part.GET)) {
            try (BenchDatabase db = BenchDatabase.h2();
                    BenchEngine engine = BenchEngine.start(db.config(), Clock.systemUTC())) {
                EngineClient client = engine.client();
                EnvironmentSeed.create(client);
                if (options.runs(Part.EDITS)) {
                    edits(client);
                }
                if (options.runs(Part.GET)) {
                    get(engine);
                }
            }
        }
        if (options.runs(Part.VALIDATOR)) {
            new ValidatorBenchmark(options, report).run();
        }
    }

    private void edits(EngineClient client) {
        int nodes = options.editNodes();
        report.note(
                "API edits: warm-up journey grown to "
                        + nodes
                        + " nodes by adds, then "
                        + options.editWarmup()
                        + " add/add/delete cycles; measured journey grown the same way");
        EditCycles warm = EditCycles.grow(client, "Warm-up", nodes);
        warm.run(options.editWarmup(), new Samples(0), new Samples(0));
        EditCycles measured = EditCycles.grow(client, "Edited", nodes);
        Samples addNode = new Samples(options.editSamples());
        Samples addTransition = new Samples(options.editSamples());
        measured.run(options.editSamples(), addNode, addTransition);
        String target = "p99 ≤ 10 ms";
        String at = " (" + nodes + " nodes)";
        report.add(
                "api",
                "node add round trip" + at,
                Report.ms(addNode.medianMillis())
                        + " p50 / "
                        + Report.ms(addNode.p99Millis())
                        + " p99",
                target,
                addNode.count() + " calls");
        report.add(
                "api",
                "transition add round trip" + at,
                Report.ms(addTransition.medianMillis())
                        + " p50 / "
                        + Report.ms(addTransition.p99Millis())
                        + " p99",
                target,
                addTransition.count() + " calls");
    }

    private void get(BenchEngine engine) {
        EngineClient client = engine.client();
        int n = options.getNodes();
        int t = options.getTransitions();
        JourneyResult imported =
                client.journeys()
                        .importJourney(
                                ExportedJourney.of(
                                        JourneyGenerator.generate(n, t, options.seed())));
        String id = imported.journey().id();
        for (int i = 0; i < options.getWarmup(); i++) {
            client.journeys().get(id);
        }
        Samples samples = new Samples(options.getSamples());
        for (int i = 0; i < options.getSamples(); i++) {
            long start = System.nanoTime();
            JourneyResult r = client.journeys().get(id);
            samples.add(System.nanoTime() - start);
            if (r.journey().nodes().size() != n) {
                throw new IllegalStateException(
                        "GET answered " + r.journey().nodes().size() + " nodes");
            }
        }
        report.add(
                "api",
                "GET journey " + n + " nodes / " + t + " transitions",
                Report.ms(samples.medianMillis())
                        + " p50 / "
                        + Report.ms(samples.p99Millis())
                        + " p99",
                "≤ 30 ms",
                samples.count() + " calls after " + options.getWarmup() + " warm-up");
        Samples raw = new Samples(options.getSamples());
        long bytes = 0;
        for (int i = 0; i < options.getSamples(); i++) {
            long start = System.nanoTime();
            bytes = engine.rawGet("/v1/journeys/" + id);
            raw.add(System.nanoTime() - start);
        }
        report.add(
                "api",
                "the same GET read as bytes (server + HTTP only)",
                Report.ms(raw.medianMillis()) + " p50 / " + Report.ms(raw.p99Millis()) + " p99",
                "",
                String.format(
                        Locale.ROOT, "%,d bytes; the rest is engine-client's decoding", bytes));
    }
}

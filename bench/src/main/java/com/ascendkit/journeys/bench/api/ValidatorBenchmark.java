package com.ascendkit.journeys.bench.api;

import com.ascendkit.journeys.bench.BenchOptions;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.testing.JourneyGenerator;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.model.topology.References;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code JourneyValidator.standard()} alone, in this JVM: a warm-up of its own (the JIT compiles
 * the rules), then for each size a short warm-up and a timed run of {@code validatorSeconds},
 * reporting the median. Sizes are {@code validatorNodes} / 4, / 2, × 1, × 2, with twice as many
 * transitions; a linear validator doubles its time per doubling (ratio ≈ 2).
 */
final class ValidatorBenchmark {
    /** Keeps the JIT from dropping the validator's work as unused. */
    private static volatile int sink;

    private final BenchOptions options;
    private final Report report;
    private final JourneyValidator validator = JourneyValidator.standard();

    ValidatorBenchmark(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() {
        int base = options.validatorNodes();
        JourneyDefinition main = definition(base);
        measure(main, options.validatorSeconds() * 2); // warm-up, not reported
        List<Integer> sizes = List.of(base / 4, base / 2, base, base * 2);
        List<Double> medians = new ArrayList<>();
        for (int nodes : sizes) {
            JourneyDefinition d = nodes == base ? main : definition(nodes);
            measure(d, options.validatorSeconds() / 2); // this size's own warm-up
            Samples s = measure(d, options.validatorSeconds());
            medians.add(s.medianMillis());
            String ratio =
                    medians.size() == 1
                            ? "first size"
                            : "×"
                                    + String.format(
                                            Locale.ROOT,
                                            "%.2f",
                                            s.medianMillis() / medians.get(medians.size() - 2))
                                    + " per doubling";
            report.add(
                    "validator",
                    "validate " + nodes + " nodes / " + 2 * nodes + " transitions",
                    Report.ms(s.medianMillis()) + " p50 / " + Report.ms(s.p99Millis()) + " p99",
                    nodes == base ? "≤ 10 ms" : "",
                    ratio + ", " + s.count() + " runs");
        }
    }

    private JourneyDefinition definition(int nodes) {
        return JourneyGenerator.generate(nodes, 2 * nodes, options.seed());
    }

    private Samples measure(JourneyDefinition d, double seconds) {
        Samples samples = new Samples(256);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int acc = 0;
        while (samples.count() < 10 || System.nanoTime() < deadline) {
            long start = System.nanoTime();
            acc += validator.validate(d, JourneyStatus.ACTIVE, Everything.INSTANCE).size();
            samples.add(System.nanoTime() - start);
        }
        sink = acc;
        return samples;
    }

    /**
     * The environment as the editor holds it after a fetch: every template, survey and sender the
     * generated journeys name exists and is verified.
     */
    private enum Everything implements References {
        INSTANCE;

        @Override
        public boolean templateExists(String slug) {
            return JourneyGenerator.TEMPLATES.contains(slug);
        }

        @Override
        public boolean surveyExists(String slug) {
            return JourneyGenerator.SURVEYS.contains(slug);
        }

        @Override
        public IdentityStatus identity(String email) {
            return JourneyGenerator.SENDER.equals(email)
                    ? IdentityStatus.VERIFIED
                    : IdentityStatus.MISSING;
        }
    }
}

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
 * the rules), then for each size a short warm-up and {@code validatorSeconds} of timed runs, taken
 * round robin over the sizes in {@value #ROUNDS} rounds, reporting the median and the minimum.
 * Sizes are {@code validatorNodes} / 4, / 2, × 1, × 2, with twice as many transitions; a linear
 * validator doubles its time per doubling (ratio ≈ 2).
 */
final class ValidatorBenchmark {
    /** Keeps the JIT from dropping the validator's work as unused. */
    private static volatile int sink;

    private static final int ROUNDS = 8;

    private final BenchOptions options;
    private final Report report;
    private final JourneyValidator validator = JourneyValidator.standard();

    ValidatorBenchmark(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() {
        int base = options.validatorNodes();
        List<Integer> sizes = List.of(base / 4, base / 2, base, base * 2);
        List<JourneyDefinition> definitions = sizes.stream().map(this::definition).toList();
        measure(definitions.get(2), options.validatorSeconds() * 2); // warm-up, not reported
        List<Samples> samples = new ArrayList<>();
        for (JourneyDefinition d : definitions) {
            measure(d, options.validatorSeconds() / 4); // each size's own warm-up
            samples.add(new Samples(256));
        }
        // Round robin, so that a change of load on the machine touches every size alike.
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < sizes.size(); i++) {
                measureInto(
                        samples.get(i), definitions.get(i), options.validatorSeconds() / ROUNDS);
            }
        }
        for (int i = 0; i < sizes.size(); i++) {
            int nodes = sizes.get(i);
            Samples s = samples.get(i);
            String ratio =
                    i == 0
                            ? "first size"
                            : String.format(
                                    Locale.ROOT,
                                    "×%.2f (min ×%.2f) per doubling",
                                    s.medianMillis() / samples.get(i - 1).medianMillis(),
                                    s.percentileMillis(0) / samples.get(i - 1).percentileMillis(0));
            report.add(
                    "validator",
                    "validate " + nodes + " nodes / " + 2 * nodes + " transitions",
                    Report.ms(s.medianMillis())
                            + " p50 / "
                            + Report.ms(s.percentileMillis(0))
                            + " min / "
                            + Report.ms(s.p99Millis())
                            + " p99",
                    nodes == base ? "≤ 10 ms" : "",
                    ratio + ", " + s.count() + " runs");
        }
        getSize();
    }

    /** The validator's share of a {@code GET} of the API benchmark's large journey. */
    private void getSize() {
        int n = options.getNodes();
        int t = options.getTransitions();
        JourneyDefinition d = JourneyGenerator.generate(n, t, options.seed());
        measure(d, options.validatorSeconds() / 2);
        Samples s = measure(d, options.validatorSeconds());
        report.add(
                "validator",
                "validate " + n + " nodes / " + t + " transitions (the GET's journey)",
                Report.ms(s.medianMillis()) + " p50 / " + Report.ms(s.p99Millis()) + " p99",
                "",
                "part of every GET and edit answer; " + s.count() + " runs");
    }

    private JourneyDefinition definition(int nodes) {
        return JourneyGenerator.generate(nodes, 2 * nodes, options.seed());
    }

    private Samples measure(JourneyDefinition d, double seconds) {
        Samples samples = new Samples(256);
        measureInto(samples, d, seconds);
        return samples;
    }

    /** Runs the validator on {@code d} for {@code seconds} (and at least 3 times). */
    private void measureInto(Samples samples, JourneyDefinition d, double seconds) {
        int before = samples.count();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int acc = 0;
        while (samples.count() - before < 3 || System.nanoTime() < deadline) {
            long start = System.nanoTime();
            acc += validator.validate(d, JourneyStatus.ACTIVE, Everything.INSTANCE).size();
            samples.add(System.nanoTime() - start);
        }
        sink = acc;
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

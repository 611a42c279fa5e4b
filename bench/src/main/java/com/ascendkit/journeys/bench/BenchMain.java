package com.ascendkit.journeys.bench;

import com.ascendkit.journeys.bench.BenchOptions.Part;
import com.ascendkit.journeys.bench.api.ApiBenchmark;
import com.ascendkit.journeys.bench.api.EditorRoundTrips;
import com.ascendkit.journeys.bench.internal.Machine;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.bench.runtime.RuntimeBenchmark;
import com.ascendkit.journeys.bench.slow.SlowClientsBenchmark;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar bench/target/bench.jar api|runtime|all [options]}: runs benchmarks and prints
 * their figures as a table. Exit code 0 when every benchmark ran (targets missed are reported, not
 * failures), 1 when one could not run, 2 on a usage error.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Journey Studio benchmarks: prints figures (docs/benchmarks.md).")
public final class BenchMain implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            description =
                    "api (edits, get, validator), runtime (events, http, clients, flowable, analytics),"
                            + " editor, all, slow (slow clients), or any of the parts")
    List<String> what;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(
            names = "--edit-nodes",
            defaultValue = "200",
            description = "journey size for edit round trips")
    int editNodes;

    @Option(names = "--edit-samples", defaultValue = "300")
    int editSamples;

    @Option(names = "--edit-warmup", defaultValue = "300")
    int editWarmup;

    @Option(names = "--get-nodes", defaultValue = "1000")
    int getNodes;

    @Option(names = "--get-transitions", defaultValue = "2000")
    int getTransitions;

    @Option(names = "--get-samples", defaultValue = "300")
    int getSamples;

    @Option(names = "--get-warmup", defaultValue = "100")
    int getWarmup;

    @Option(names = "--validator-nodes", defaultValue = "5000")
    int validatorNodes;

    @Option(
            names = "--validator-seconds",
            defaultValue = "3",
            description = "timed seconds per size")
    double validatorSeconds;

    @Option(
            names = "--users",
            defaultValue = "2000",
            description = "users enrolled per measured run")
    int users;

    @Option(
            names = "--warmup-users",
            defaultValue = "2000",
            description = "users run through the journey before measuring")
    int warmupUsers;

    @Option(
            names = {"--batch", "--http-batch"},
            defaultValue = "100",
            description =
                    "events per call in the batched runs: POST /v1/events/batch, in-process"
                            + " batch(...), and per Flowable transaction")
    int batch;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description =
                    "concurrent HTTP clients in the 'clients' run, each sending one event per call")
    int clients;

    @Option(
            names = "--repeat",
            defaultValue = "1",
            description = "measured run-time phases per run (new users each); the median is shown")
    int repeat;

    @Option(names = "--flowable-warmup-users", defaultValue = "3000")
    int flowableWarmupUsers;

    @Option(names = "--analytics-users", split = ",", defaultValue = "10000,1000000")
    List<Integer> analyticsUsers;

    @Option(names = "--analytics-samples", defaultValue = "300")
    int analyticsSamples;

    @Option(names = "--skip-postgres", description = "measure H2 only")
    boolean skipPostgres;

    @Option(names = "--postgres-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres")
    String postgresUrl;

    @Option(names = "--postgres-user", defaultValue = "postgres")
    String postgresUser;

    @Option(names = "--skip-flowable", description = "leave out the Flowable comparison")
    boolean skipFlowable;

    @Option(names = "--slow-streams", defaultValue = "1000", description = "open journey streams")
    int slowStreams;

    @Option(
            names = "--slow-bodies",
            defaultValue = "1000",
            description = "track calls trickling their body, one byte a second")
    int slowBodies;

    @Option(
            names = "--slow-seconds",
            defaultValue = "30",
            description = "how long all slow clients are held open")
    int slowSeconds;

    private Set<Part> parts() {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String w : what) {
            switch (w) {
                case "all" -> {
                    parts.addAll(Part.API);
                    parts.addAll(Part.RUNTIME);
                }
                case "api" -> parts.addAll(Part.API);
                case "runtime" -> parts.addAll(Part.RUNTIME);
                default -> {
                    try {
                        parts.add(Part.valueOf(w.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new CommandLine.ParameterException(
                                new CommandLine(this),
                                "unknown benchmark '"
                                        + w
                                        + "': use api, runtime, all, edits, get, validator,"
                                        + " events, http, clients, flowable, analytics or slow");
                    }
                }
            }
        }
        if (skipFlowable) {
            parts.remove(Part.FLOWABLE);
        }
        return parts;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() {
        Set<Part> parts = parts();
        if (repeat < 1 || batch < 2 || batch > 1000 || clients < 1 || clients > 256) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this),
                    "--repeat must be at least 1, --batch between 2 and 1000 and --clients"
                            + " between 1 and 256");
        }
        BenchOptions o =
                new BenchOptions(
                        seed,
                        editNodes,
                        editSamples,
                        editWarmup,
                        getNodes,
                        getTransitions,
                        getSamples,
                        getWarmup,
                        validatorNodes,
                        validatorSeconds,
                        users,
                        warmupUsers,
                        batch,
                        clients,
                        repeat,
                        flowableWarmupUsers,
                        List.copyOf(analyticsUsers),
                        analyticsSamples,
                        !skipPostgres,
                        postgresUrl,
                        postgresUser,
                        parts,
                        slowStreams,
                        slowBodies,
                        slowSeconds);
        Report report = new Report(System.out);
        report.note("bench " + what + " at " + Instant.now() + " on " + Machine.describe());
        long start = System.nanoTime();
        if (!Collections.disjoint(parts, Part.API)) {
            new ApiBenchmark(o, report).run();
        }
        if (!Collections.disjoint(parts, Part.RUNTIME)) {
            new RuntimeBenchmark(o, report).run();
        }
        if (parts.contains(Part.SLOW)) {
            new SlowClientsBenchmark(o, report).run();
        }
        if (parts.contains(Part.EDITOR)) {
            new EditorRoundTrips(o, report).run();
        }
        report.note(
                String.format(
                        Locale.ROOT,
                        "done in %.0f s; load average now %.2f",
                        (System.nanoTime() - start) / 1e9,
                        Machine.loadAverage()));
        report.printTable();
        return 0;
    }
}

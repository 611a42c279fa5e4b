package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.bench.BenchOptions;
import com.ascendkit.journeys.bench.BenchOptions.Part;
import com.ascendkit.journeys.bench.analytics.AnalyticsRun;
import com.ascendkit.journeys.bench.internal.Samples;
import com.ascendkit.journeys.bench.flowable.FlowableRun;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.bench.internal.Machine;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.client.exception.NotFoundException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Issue 3: the onboarding journey's events and timers in-process and over HTTP, on H2 and
 * PostgreSQL; the same journey on Flowable; the analytics call at two population sizes.
 */
public final class RuntimeBenchmark {
    private final BenchOptions options;
    private final Report report;

    public RuntimeBenchmark(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    public void run() {
        report.note(
                "runtime: "
                        + options.warmupUsers()
                        + " warm-up users, then "
                        + (options.repeat() > 1 ? options.repeat() + " × " : "")
                        + options.users()
                        + " measured users (enroll all, log in every second one, fire the rest's"
                        + " 2d timers); one caller thread; CPU = the whole JVM's CPU time");
        List<Supplier<BenchDatabase>> databases = databases();
        Map<Mode, Throughput> oursH2 = options.runs(Part.EVENTS) ? inProcess(databases) : Map.of();
        if (options.runs(Part.HTTP)) {
            http(databases);
        }
        if (options.runs(Part.CLIENTS)) {
            clients(databases);
        }
        if (options.runs(Part.FLOWABLE)) {
            flowable(oursH2);
        }
        if (options.runs(Part.ANALYTICS)) {
            analytics();
        }
    }

    /** One event per call (or Flowable transaction), or {@code options.batch()} per call. */
    private enum Mode {
        SINGLE,
        BATCH;
    }

    private int batchOf(Mode mode) {
        return mode == Mode.SINGLE ? 1 : options.batch();
    }

    private String label(Mode mode) {
        return mode == Mode.SINGLE ? "single" : "batch " + options.batch();
    }

    /** Runs in-process in both modes on each database, each on a fresh one; returns H2's. */
    private Map<Mode, Throughput> inProcess(List<Supplier<BenchDatabase>> databases) {
        Map<Mode, Throughput> first = new EnumMap<>(Mode.class);
        boolean h2 = true;
        for (Supplier<BenchDatabase> make : databases) {
            for (Mode mode : Mode.values()) {
                try (BenchDatabase db = make.get()) {
                    List<Throughput> t =
                            InProcessRun.run(
                                    db,
                                    options.warmupUsers(),
                                    options.users(),
                                    options.repeat(),
                                    batchOf(mode));
                    Throughput m = rows("in-process " + label(mode), db.label(), t);
                    if (h2) {
                        first.put(mode, m);
                    }
                }
            }
            h2 = false;
        }
        return first;
    }

    private void http(List<Supplier<BenchDatabase>> databases) {
        overHttp(
                databases,
                "HTTP batch " + options.batch(),
                e -> HttpSender.batches(e, options.batch()));
    }

    /** Concurrent clients, one event per call: what group commit does for many small calls. */
    private void clients(List<Supplier<BenchDatabase>> databases) {
        overHttp(
                databases,
                "HTTP single, " + options.clients() + " clients",
                e -> HttpSender.concurrentSingles(e, options.clients()));
    }

    private void overHttp(
            List<Supplier<BenchDatabase>> databases,
            String how,
            Function<BenchEngine, HttpSender> senders) {
        for (Supplier<BenchDatabase> make : databases) {
            try (BenchDatabase db = make.get()) {
                List<Throughput> t =
                        HttpRun.run(
                                db,
                                options.warmupUsers(),
                                options.users(),
                                options.repeat(),
                                senders);
                rows(how, db.label(), t);
            } catch (NotFoundException e) {
                report.add(
                        "runtime " + how,
                        "events over HTTP",
                        "not measured",
                        "",
                        "this build serves no run-time endpoints (404 " + e.getMessage() + ")");
                return;
            }
        }
    }

    private List<Supplier<BenchDatabase>> databases() {
        List<Supplier<BenchDatabase>> list = new ArrayList<>();
        list.add(BenchDatabase::h2);
        if (options.postgres()) {
            String problem =
                    BenchDatabase.problemReaching(options.postgresUrl(), options.postgresUser());
            if (problem == null) {
                list.add(
                        () ->
                                BenchDatabase.postgres(
                                        options.postgresUrl(), options.postgresUser()));
            } else {
                report.note(
                        "PostgreSQL left out, unreachable at "
                                + options.postgresUrl()
                                + ": "
                                + problem);
            }
        }
        return list;
    }

    /** Reports the median of the phases (rate and CPU per 1,000) and returns it. */
    private Throughput rows(String how, String database, List<Throughput> phases) {
        Throughput t = Throughput.median(phases);
        String area = "runtime " + how;
        String spread = "";
        if (phases.size() > 1) {
            double[] range = Throughput.eventRateRange(phases);
            spread =
                    "; median of "
                            + phases.size()
                            + " ("
                            + Report.perSecond(range[0])
                            + " – "
                            + Report.perSecond(range[1])
                            + ")";
        }
        report.add(
                area,
                "events, " + database,
                Report.perSecond(t.eventsPerSecond())
                        + ", "
                        + Report.cpuPerThousand(t.eventCpuMillisPerThousand()),
                "",
                t.events() + " events; load " + load() + spread);
        report.add(
                area,
                "timers fired, " + database,
                Report.perSecond(t.timersPerSecond())
                        + ", "
                        + Report.cpuPerThousand(t.timerCpuMillisPerThousand()),
                "",
                t.timers() + " timers");
        return t;
    }

    private void flowable(Map<Mode, Throughput> ours) {
        for (Mode mode : Mode.values()) {
            List<Throughput> phases;
            try {
                phases =
                        FlowableRun.run(
                                options.flowableWarmupUsers(),
                                options.users(),
                                options.repeat(),
                                batchOf(mode));
            } catch (Exception e) {
                throw new IllegalStateException("the Flowable run failed: " + e.getMessage(), e);
            }
            Throughput f = rows("Flowable 8 " + label(mode), "H2 file", phases);
            Throughput o = ours.get(mode);
            if (o == null) {
                continue; // the ratio needs the in-process run (part "events")
            }
            report.add(
                    "runtime",
                    "events ours / Flowable in-process " + label(mode) + " (H2 file)",
                    Report.ratio(o.eventsPerSecond() / f.eventsPerSecond()),
                    "≥ 5×",
                    "by CPU per event: "
                            + Report.ratio(
                                    f.eventCpuMillisPerThousand() / o.eventCpuMillisPerThousand()));
            report.add(
                    "runtime",
                    "timers ours / Flowable in-process " + label(mode) + " (H2 file)",
                    Report.ratio(o.timersPerSecond() / f.timersPerSecond()),
                    "",
                    "by CPU per timer: "
                            + Report.ratio(
                                    f.timerCpuMillisPerThousand() / o.timerCpuMillisPerThousand()));
        }
    }

    private void analytics() {
        for (int users : options.analyticsUsers()) {
            try (BenchDatabase db = BenchDatabase.h2()) {
                AnalyticsRun.Result r = AnalyticsRun.run(db, users, options.analyticsSamples());
                report.add(
                        "analytics",
                        String.format(Locale.ROOT, "GET analytics, %,d users, H2 file", users),
                        Report.ms(r.latency().medianMillis())
                                + " p50 / "
                                + Report.ms(r.latency().p99Millis())
                                + " p99",
                        "≤ 20 ms",
                        String.format(
                                Locale.ROOT, "population written in %.0f s", r.populateSeconds()));
                people(users, "users waiting in a step (active)", r.waiting());
                people(users, "users completed at a step", r.completed());
            }
        }
    }

    private void people(int users, String what, Samples s) {
        report.add(
                "people",
                String.format(
                        Locale.ROOT,
                        "GET journey users, first page of 50 %s, %,d users, H2 file",
                        what,
                        users),
                Report.ms(s.medianMillis()) + " p50 / " + Report.ms(s.p99Millis()) + " p99",
                "≤ 50 ms",
                "");
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Machine.loadAverage());
    }
}

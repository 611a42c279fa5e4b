package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.bench.BenchOptions;
import com.ascendkit.journeys.bench.BenchOptions.Part;
import com.ascendkit.journeys.bench.analytics.AnalyticsRun;
import com.ascendkit.journeys.bench.flowable.FlowableRun;
import com.ascendkit.journeys.bench.internal.BenchDatabase;
import com.ascendkit.journeys.bench.internal.Machine;
import com.ascendkit.journeys.bench.internal.Report;
import com.ascendkit.journeys.client.exception.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                        + options.users()
                        + " measured users (enroll all, log in every second one, fire the rest's"
                        + " 2d timers); one caller thread");
        List<Supplier<BenchDatabase>> databases = databases();
        Throughput oursH2 = options.runs(Part.EVENTS) ? inProcess(databases) : null;
        if (options.runs(Part.HTTP)) {
            http(databases);
        }
        if (options.runs(Part.FLOWABLE)) {
            flowable(oursH2);
        }
        if (options.runs(Part.ANALYTICS)) {
            analytics();
        }
    }

    /** Runs in-process on each database; returns the first (H2) run. */
    private Throughput inProcess(List<Supplier<BenchDatabase>> databases) {
        Throughput first = null;
        for (Supplier<BenchDatabase> make : databases) {
            try (BenchDatabase db = make.get()) {
                Throughput t = InProcessRun.run(db, options.warmupUsers(), options.users());
                rows("in-process", db.label(), t);
                first = first == null ? t : first;
            }
        }
        return first;
    }

    private void http(List<Supplier<BenchDatabase>> databases) {
        for (Supplier<BenchDatabase> make : databases) {
            try (BenchDatabase db = make.get()) {
                Throughput t =
                        HttpRun.run(
                                db, options.warmupUsers(), options.users(), options.httpBatch());
                rows("HTTP batch " + options.httpBatch(), db.label(), t);
            } catch (NotFoundException e) {
                report.add(
                        "runtime HTTP",
                        "events via POST /v1/events/batch",
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

    private void rows(String how, String database, Throughput t) {
        String area = "runtime " + how;
        report.add(
                area,
                "events, " + database,
                Report.perSecond(t.eventsPerSecond()),
                "",
                (t.enrolls() + t.logins()) + " events; load " + load());
        report.add(
                area,
                "timers fired, " + database,
                Report.perSecond(t.timersPerSecond()),
                "",
                t.timers() + " timers");
    }

    private void flowable(Throughput ours) {
        try {
            Throughput f = FlowableRun.run(options.flowableWarmupUsers(), options.users());
            rows("Flowable 8 in-process", "H2 file", f);
            if (ours == null) {
                return; // the ratio needs the in-process run (part "events")
            }
            report.add(
                    "runtime",
                    "events ours in-process / Flowable (H2 file)",
                    Report.ratio(ours.eventsPerSecond() / f.eventsPerSecond()),
                    "≥ 5×",
                    "");
            report.add(
                    "runtime",
                    "timers ours in-process / Flowable (H2 file)",
                    Report.ratio(ours.timersPerSecond() / f.timersPerSecond()),
                    "",
                    "");
        } catch (Exception e) {
            throw new IllegalStateException("the Flowable run failed: " + e.getMessage(), e);
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
            }
        }
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Machine.loadAverage());
    }
}

package com.ascendkit.journeys.bench.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What one measured phase did: {@code enrolls} enroll events then {@code logins} login events in
 * {@code eventNanos} of wall-clock time and {@code eventCpuNanos} of the process's CPU time, then
 * {@code timers} timers fired in {@code timerNanos} (CPU {@code timerCpuNanos}).
 */
public record Throughput(
        int enrolls,
        int logins,
        long eventNanos,
        long eventCpuNanos,
        int timers,
        long timerNanos,
        long timerCpuNanos) {

    public int events() {
        return enrolls + logins;
    }

    public double eventsPerSecond() {
        return events() / (eventNanos / 1e9);
    }

    public double timersPerSecond() {
        return timers / (timerNanos / 1e9);
    }

    /** CPU milliseconds of the whole process per 1,000 events. */
    public double eventCpuMillisPerThousand() {
        return eventCpuNanos / 1e6 / events() * 1000;
    }

    /** CPU milliseconds of the whole process per 1,000 timers fired. */
    public double timerCpuMillisPerThousand() {
        return timerCpuNanos / 1e6 / timers * 1000;
    }

    /**
     * The median of repeated phases of the same size, each figure on its own (so the median rate
     * and the median CPU may come from different phases). With an even count, the mean of the
     * middle two.
     */
    public static Throughput median(List<Throughput> phases) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("no phases");
        }
        Throughput first = phases.get(0);
        return new Throughput(
                first.enrolls(),
                first.logins(),
                median(phases, Throughput::eventNanos),
                median(phases, Throughput::eventCpuNanos),
                first.timers(),
                median(phases, Throughput::timerNanos),
                median(phases, Throughput::timerCpuNanos));
    }

    private static long median(List<Throughput> phases, ToLongFunction<Throughput> figure) {
        long[] v = phases.stream().mapToLong(figure).sorted().toArray();
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** The lowest and highest event rate of the phases, for the spread of a repeated run. */
    public static double[] eventRateRange(List<Throughput> phases) {
        double[] r = phases.stream().mapToDouble(Throughput::eventsPerSecond).toArray();
        Arrays.sort(r);
        return new double[] {r[0], r[r.length - 1]};
    }
}

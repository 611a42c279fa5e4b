package com.ascendkit.journeys.bench.internal;

/** Wall-clock and process CPU time from {@link #start()} to {@link #stop()}. */
public final class Stopwatch {
    private final long wall = System.nanoTime();
    private final long cpu = ProcessCpu.nanos();

    /** Nanoseconds of wall-clock time and of the whole process's CPU time. */
    public record Lap(long wallNanos, long cpuNanos) {}

    private Stopwatch() {}

    public static Stopwatch start() {
        return new Stopwatch();
    }

    public Lap stop() {
        long w = System.nanoTime() - wall;
        return new Lap(w, ProcessCpu.nanos() - cpu);
    }
}

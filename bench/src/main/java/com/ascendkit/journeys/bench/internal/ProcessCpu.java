package com.ascendkit.journeys.bench.internal;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this JVM has used so far, over all its threads (callers, the engine's dispatcher and
 * executors, an in-JVM HTTP client, JIT compiler and GC). On a shared machine it moves less with
 * other load than wall-clock time does: waiting for a core costs wall time, not CPU time.
 */
public final class ProcessCpu {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {}

    /** Nanoseconds of CPU used by the process so far (-1 where the platform cannot tell). */
    public static long nanos() {
        return OS.getProcessCpuTime();
    }
}

package com.ascendkit.journeys.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: cores and the load average (other work on the machine). */
public final class Machine {
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private Machine() {}

    /** The 1-minute load average, or -1 where {@code /proc/loadavg} does not exist. */
    public static double loadAverage() {
        try {
            String first = Files.readString(LOADAVG).trim().split("\\s+")[0];
            return Double.parseDouble(first);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static String describe() {
        return String.format(
                Locale.ROOT,
                "%d cores, Java %s, max heap %d MiB, load average %.2f",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                loadAverage());
    }
}

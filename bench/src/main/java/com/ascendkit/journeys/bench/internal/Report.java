package com.ascendkit.journeys.bench.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a run: one row per figure, printed as a table at the end (and each row as it is
 * measured, so a long run shows progress). The only class of the benchmarks that prints: a
 * benchmark is a command whose output is its figures. Not thread-safe.
 */
public final class Report {
    private final PrintStream out;
    private final List<Row> rows = new ArrayList<>();

    /** A figure: what was measured, its value with unit, the target (or "") and a remark. */
    public record Row(String area, String figure, String value, String target, String note) {}

    public Report(PrintStream out) {
        this.out = out;
    }

    public void add(String area, String figure, String value, String target, String note) {
        Row row = new Row(area, figure, value, target, note);
        rows.add(row);
        out.println("  " + area + " | " + figure + " | " + value + tail(target, note));
        out.flush();
    }

    /** A line of context (sizes, load average), printed at once and not in the table. */
    public void note(String line) {
        out.println("# " + line);
        out.flush();
    }

    public void printTable() {
        int[] w = {4, 6, 5, 6};
        for (Row r : rows) {
            w[0] = Math.max(w[0], r.area().length());
            w[1] = Math.max(w[1], r.figure().length());
            w[2] = Math.max(w[2], r.value().length());
            w[3] = Math.max(w[3], r.target().length());
        }
        String format =
                "| %-" + w[0] + "s | %-" + w[1] + "s | %" + w[2] + "s | %-" + w[3] + "s | %s |%n";
        out.println();
        out.printf(Locale.ROOT, format, "area", "figure", "value", "target", "note");
        out.printf(
                Locale.ROOT,
                "|%s|%s|%s|%s|---|%n",
                "-".repeat(w[0] + 2),
                "-".repeat(w[1] + 2),
                "-".repeat(w[2] + 1) + ":",
                "-".repeat(w[3] + 2));
        for (Row r : rows) {
            out.printf(Locale.ROOT, format, r.area(), r.figure(), r.value(), r.target(), r.note());
        }
        out.flush();
    }

    public static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }

    public static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%,.0f /s", rate);
    }

    /** CPU milliseconds (of the whole process) per 1,000 of something, e.g. events. */
    public static String cpuPerThousand(double millis) {
        return String.format(Locale.ROOT, "%,.0f CPU ms per 1,000", millis);
    }

    public static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String tail(String target, String note) {
        String t = target.isEmpty() ? "" : " | target " + target;
        return note.isEmpty() ? t : t + " | " + note;
    }
}

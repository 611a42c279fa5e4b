package com.ascendkit.journeys.cli.output;

/** Seconds as people read them: {@code 45s}, {@code 5m 12s}, {@code 3h 5m}, {@code 2d 4h}. */
public final class Durations {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Durations() {}

    /** The two largest units of {@code seconds}, rounded to the second. */
    public static String humanize(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < MINUTE) {
            return s + "s";
        }
        if (s < HOUR) {
            return pair(s / MINUTE, "m", s % MINUTE, "s");
        }
        if (s < DAY) {
            return pair(s / HOUR, "h", (s % HOUR) / MINUTE, "m");
        }
        return pair(s / DAY, "d", (s % DAY) / HOUR, "h");
    }

    private static String pair(long big, String bigUnit, long small, String smallUnit) {
        return small == 0 ? big + bigUnit : big + bigUnit + " " + small + smallUnit;
    }
}

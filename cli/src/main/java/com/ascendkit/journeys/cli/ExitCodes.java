package com.ascendkit.journeys.cli;

/** The exit codes of every {@code ascendkit} command. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;

    /** The engine refused (the message is the API's error), or the user declined. */
    public static final int REFUSED = 1;

    /** The command line is wrong: picocli's usage errors, bad JSON in an option. */
    public static final int USAGE = 2;

    /** No engine answered at the configured URL. */
    public static final int UNREACHABLE = 3;

    private ExitCodes() {}
}

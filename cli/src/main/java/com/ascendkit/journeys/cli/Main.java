package com.ascendkit.journeys.cli;

import com.ascendkit.journeys.cli.output.Console;
import java.io.PrintWriter;

/** The {@code ascendkit} command line. */
public final class Main {
    private Main() {}

    public static void main(String... args) {
        System.exit(run(args));
    }

    /** Runs a command with the process's console (UTF-8 whatever the locale) and environment. */
    public static int run(String... args) {
        return run(CliContext.system(), Console.stdout(), Console.stderr(), args);
    }

    /** Runs a command in this process's environment, printing to {@code out} and {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CliContext.system(), out, err, args);
    }

    /** Runs a command; returns its exit code ({@link ExitCodes}). */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        try {
            return AscendKitCommand.commandLine(context, out, err, args).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}

package com.ascendkit.journeys.cli.service;

import java.util.List;

/**
 * Runs a service manager's command ({@code systemctl}, {@code launchctl}, {@code schtasks}). The
 * seam that lets tests check which commands would run without running them.
 */
@FunctionalInterface
public interface CommandRunner {
    /** What a command said and returned; exit code {@link #NOT_FOUND} when it is not installed. */
    record Outcome(int exitCode, String output) {
        public static final int NOT_FOUND = 127;

        public boolean ok() {
            return exitCode == 0;
        }

        /** The output on one line, for a message. */
        public String summary() {
            String text = output.strip().replaceAll("\\s*\\R\\s*", "; ");
            return text.isEmpty() ? "exit code " + exitCode : text;
        }
    }

    Outcome run(List<String> command);
}

package com.ascendkit.journeys.studio.background;

import java.io.IOException;

/**
 * Runs {@code ascendkit engine service <verb>} ({@code install}, {@code uninstall}, {@code status})
 * and waits for it: the seam between the editor and the CLI's service commands, which stay in the
 * CLI (the editor does not depend on it). Blocks: call it through the task executor.
 */
@FunctionalInterface
public interface EngineServiceCommands {

    /** What the command printed (stdout and stderr together) and its exit code. */
    record Outcome(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** The output as the user reads it: without the CLI's {@code error: } prefix, trimmed. */
        public String text() {
            String text = output.strip();
            text = text.startsWith("error: ") ? text.substring("error: ".length()) : text;
            return text.isEmpty() ? "exit code " + exitCode : text;
        }
    }

    /**
     * Runs the verb.
     *
     * @throws IOException when the command cannot be started or does not finish in time
     */
    Outcome run(String verb) throws IOException;
}

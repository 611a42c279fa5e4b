package com.ascendkit.journeys.studio.background;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link EngineServiceCommands} as a process: the installed {@code ascendkit} launcher beside the
 * editor's, with the editor's environment (less {@link #JPACKAGE_PASS}) (the CLI finds {@code
 * systemctl}, {@code HOME}, the data directory from it), which prints UTF-8 whatever the locale.
 * The output goes to a temporary file rather than a pipe, so a program the service manager starts
 * that keeps the pipe open cannot keep the editor waiting past the timeout.
 */
final class LauncherCommands implements EngineServiceCommands {
    /**
     * Set by a jpackage launcher for the process it starts, to tell its own second pass apart: a
     * launcher that inherits it hands its arguments to the JVM as they are ("Could not find or load
     * main class engine"), so the {@code ascendkit} launcher must not see the editor's.
     */
    static final String JPACKAGE_PASS = "_JPACKAGE_LAUNCHER";

    private final Path launcher;
    private final Duration timeout;
    private final Map<String, String> environment;

    /** {@code environment}: the editor's, which the command gets less jpackage's own variable. */
    LauncherCommands(Path launcher, Duration timeout, Map<String, String> environment) {
        this.launcher = launcher;
        this.timeout = timeout;
        this.environment = Map.copyOf(environment);
    }

    Path launcher() {
        return launcher;
    }

    @Override
    public Outcome run(String verb) throws IOException {
        Path output = Files.createTempFile("journey-studio-service", ".txt");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(List.of(launcher.toString(), "engine", "service", verb))
                            .redirectErrorStream(true)
                            .redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            builder.environment().remove(JPACKAGE_PASS);
            Process process = builder.start();
            process.getOutputStream().close(); // nothing to answer: a question ends at once
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(
                        "ascendkit engine service "
                                + verb
                                + " did not finish in "
                                + (timeout.toSeconds() > 0
                                        ? timeout.toSeconds() + " s"
                                        : timeout.toMillis() + " ms"));
            }
            return new Outcome(
                    process.exitValue(),
                    new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ascendkit engine service " + verb + " was interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

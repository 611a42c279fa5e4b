package com.ascendkit.journeys.studio.background;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link EngineServiceCommands} as a process: the installed {@code ascendkit} launcher beside the
 * editor's, with the editor's environment (the CLI finds {@code systemctl}, {@code HOME}, the data
 * directory from it), which prints UTF-8 whatever the locale. The output goes to a temporary file
 * rather than a pipe, so a program the service manager starts that keeps the pipe open cannot keep
 * the editor waiting past the timeout.
 */
final class LauncherCommands implements EngineServiceCommands {
    private final Path launcher;
    private final Duration timeout;

    LauncherCommands(Path launcher, Duration timeout) {
        this.launcher = launcher;
        this.timeout = timeout;
    }

    Path launcher() {
        return launcher;
    }

    @Override
    public Outcome run(String verb) throws IOException {
        Path output = Files.createTempFile("journey-studio-service", ".txt");
        try {
            Process process =
                    new ProcessBuilder(List.of(launcher.toString(), "engine", "service", verb))
                            .redirectErrorStream(true)
                            .redirectOutput(output.toFile())
                            .start();
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

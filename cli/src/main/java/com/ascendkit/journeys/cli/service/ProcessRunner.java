package com.ascendkit.journeys.cli.service;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as processes, finding the program on the {@code PATH} of the command's context (not
 * the JVM's), so that a test can offer its own {@code systemctl} or none at all.
 */
final class ProcessRunner implements CommandRunner {
    private static final long TIMEOUT_SECONDS = 60;

    private final Map<String, String> env;

    ProcessRunner(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Outcome run(List<String> command) {
        Optional<Path> program = find(command.get(0));
        if (program.isEmpty()) {
            return new Outcome(Outcome.NOT_FOUND, command.get(0) + ": command not found");
        }
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, program.get().toString());
        ProcessBuilder pb = new ProcessBuilder(resolved).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), Charset.defaultCharset());
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(1, command.get(0) + " did not finish in 60 s");
            }
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(1, command.get(0) + " was interrupted");
        }
    }

    private Optional<Path> find(String name) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        boolean windows = File.pathSeparatorChar == ';';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String candidate : windows ? List.of(name + ".exe", name) : List.of(name)) {
                Path file = Path.of(dir, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}

package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.runtime.timers.TimerPoller;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine in its own OS process ({@code java -cp <test classpath> EngineMain --port 0 …}), for
 * tests that kill it or run two at once. Its address and keys are read from the credentials file it
 * writes; its log goes to a file that failures quote.
 */
final class EngineProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String url;
    private final String secretKey;

    private EngineProcess(Process process, Path log, String url, String secretKey) {
        this.process = process;
        this.log = log;
        this.url = url;
        this.secretKey = secretKey;
    }

    /** Starts {@code EngineMain} with {@code args} and waits until it answers its health check. */
    static EngineProcess start(Path workDir, String name, String... args) {
        try {
            Path credentials = workDir.resolve(name + "-credentials.json");
            Files.deleteIfExists(credentials);
            Path log = workDir.resolve(name + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            // Tests read from the log which process fired how many timers.
            command.add("-Dorg.slf4j.simpleLogger.log." + TimerPoller.class.getName() + "=debug");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(EngineMain.class.getName());
            command.addAll(List.of("--port", "0", "--credentials", credentials.toString()));
            command.addAll(List.of(args));
            Process p =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .start();
            JsonNode written = awaitCredentials(p, credentials, log);
            EngineProcess engine =
                    new EngineProcess(
                            p, log, written.get("url").asText(), written.get("secretKey").asText());
            engine.awaitHealthy();
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode awaitCredentials(Process p, Path file, Path log) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(
                        "the engine exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            if (Files.exists(file)) {
                JsonNode json = EngineJson.mapper().readTree(Files.readString(file));
                if (json.hasNonNull("url") && json.hasNonNull("secretKey")) {
                    return json;
                }
            }
            pause();
        }
        p.destroyForcibly();
        throw new IllegalStateException("the engine did not start:\n" + Files.readString(log));
    }

    private void awaitHealthy() {
        ApiClient anonymous = new ApiClient(url, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (anonymous.get("/v1/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause();
        }
        throw new IllegalStateException("the engine did not answer /v1/health:\n" + log());
    }

    private static void pause() {
        try {
            Thread.sleep(50); // polling a child process, not time logic
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return url;
    }

    ApiClient api() {
        return new ApiClient(url, secretKey);
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The engine's log so far. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A normal stop (SIGTERM: the shutdown hook stops the engine). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

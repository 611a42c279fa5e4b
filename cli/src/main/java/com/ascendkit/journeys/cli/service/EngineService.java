package com.ascendkit.journeys.cli.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs, removes and reports the per-user engine service of one platform: writes or deletes the
 * {@link ServiceManager}'s definition file and runs its commands through a {@link CommandRunner}.
 */
public final class EngineService {
    /** What an action did: lines for stdout when it worked, else why not (exit 1). */
    public record Result(boolean ok, List<String> lines) {
        public Result {
            lines = List.copyOf(lines);
        }

        public String text() {
            return String.join("\n", lines);
        }
    }

    private final ServiceManager manager;
    private final CommandRunner runner;

    public EngineService(ServiceManager manager, CommandRunner runner) {
        this.manager = manager;
        this.runner = runner;
    }

    public ServiceManager manager() {
        return manager;
    }

    /** Writes the definition for {@code launch} (replacing any), then loads and starts it. */
    public Result install(EngineLaunch launch) {
        Path file = manager.definitionFile();
        write(file, manager.definition(launch));
        if (manager instanceof LaunchdAgent agent) {
            // The engine's log names users and journeys: its directory is the user's only.
            createOwnerOnly(agent.logFile().getParent());
        }
        List<String> lines = new ArrayList<>();
        lines.add("Wrote " + manager.description() + ": " + file);
        for (List<String> command : manager.activate()) {
            CommandRunner.Outcome outcome = runner.run(command);
            if (!outcome.ok()) {
                lines.add(
                        "The service is not running: "
                                + String.join(" ", command)
                                + " failed ("
                                + outcome.summary()
                                + ").");
                lines.add(manager.unavailableHint() + ".");
                return new Result(false, lines);
            }
        }
        lines.add("The engine runs in the background now and at each login: " + launch.program());
        return new Result(true, lines);
    }

    /** Stops and unloads the service, and deletes its definition. */
    public Result uninstall() {
        Path file = manager.definitionFile();
        if (!Files.exists(file)) {
            return new Result(true, List.of("No " + manager.description() + " is installed."));
        }
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (List<String> command : manager.deactivate()) {
            CommandRunner.Outcome outcome = runner.run(command);
            if (!outcome.ok()) {
                notes.add(String.join(" ", command) + ": " + outcome.summary());
            }
        }
        delete(file);
        for (List<String> command : manager.afterRemoval()) {
            CommandRunner.Outcome outcome = runner.run(command);
            if (!outcome.ok()) {
                notes.add(String.join(" ", command) + ": " + outcome.summary());
            }
        }
        lines.add("Removed " + manager.description() + ": " + file);
        if (!notes.isEmpty()) {
            lines.add("(the service manager said: " + String.join("; ", notes) + ")");
        }
        return new Result(true, lines);
    }

    /** Whether the definition is installed and what the service manager says of it. */
    public Result status() {
        Path file = manager.definitionFile();
        boolean installed = Files.exists(file);
        CommandRunner.Outcome answer = runner.run(manager.query());
        String state =
                answer.exitCode() == CommandRunner.Outcome.NOT_FOUND
                        ? "unknown (" + answer.summary() + ")"
                        : manager.state(answer);
        return new Result(
                installed,
                List.of(
                        manager.description()
                                + ": "
                                + (installed ? "installed, " + file : "not installed"),
                        "state: " + state));
    }

    private void write(Path file, String text) {
        createDirectories(file.getParent());
        try {
            Files.writeString(file, text, manager.charset());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void createOwnerOnly(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                // launchd agents are macOS only: a POSIX file system, where 0700 is owner-only.
                Files.createDirectory(
                        dir,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}

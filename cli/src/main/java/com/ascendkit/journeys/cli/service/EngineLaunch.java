package com.ascendkit.journeys.cli.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The command line a service runs: {@code <ascendkit> engine start --port <port> [--data <dir>]}.
 * From an installed app, {@code <ascendkit>} is the installer's launcher (jpackage tells it its own
 * path in {@code jpackage.app-path}); from a build, the same Java and class path as this process.
 */
public record EngineLaunch(List<String> command) {
    public EngineLaunch {
        command = List.copyOf(command);
    }

    /** The launcher path or Java command line this process was started with. */
    public static List<String> currentLauncher(Properties system) {
        String appPath = system.getProperty("jpackage.app-path");
        if (appPath != null && !appPath.isBlank()) {
            return List.of(Path.of(appPath).toAbsolutePath().toString());
        }
        return List.of(
                Path.of(system.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                system.getProperty("java.class.path"),
                "com.ascendkit.journeys.cli.Main");
    }

    /** {@code launcher engine start --port <port>}, with {@code --data <dir>} unless null. */
    public static EngineLaunch of(List<String> launcher, int port, Path dataDir) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("engine", "start", "--port", Integer.toString(port)));
        if (dataDir != null) {
            command.addAll(List.of("--data", dataDir.toAbsolutePath().toString()));
        }
        return new EngineLaunch(command);
    }

    public String program() {
        return command.get(0);
    }

    public List<String> arguments() {
        return command.subList(1, command.size());
    }
}

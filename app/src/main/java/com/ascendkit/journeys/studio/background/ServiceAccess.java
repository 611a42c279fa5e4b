package com.ascendkit.journeys.studio.background;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether this editor can run {@code ascendkit engine service …}: only an installed one can, since
 * the installers put the {@code ascendkit} launcher beside the editor's ({@code bin/} on Linux, the
 * app's folder on Windows, {@code Contents/MacOS} on macOS) and jpackage tells the running launcher
 * its own path ({@code jpackage.app-path}). Otherwise {@link #unavailableReason()} says why, in
 * words for the user.
 */
public record ServiceAccess(Optional<EngineServiceCommands> commands, String unavailableReason) {
    /** How long a service command may take (each of its systemctl calls has 60 s). */
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    static final String NOT_INSTALLED =
            "Only the installed Journey Studio can do this: this one was started from a build. From"
                    + " a terminal: ascendkit engine service install";

    public static ServiceAccess available(EngineServiceCommands commands) {
        return new ServiceAccess(Optional.of(commands), "");
    }

    public static ServiceAccess unavailable(String why) {
        return new ServiceAccess(Optional.empty(), why);
    }

    /** Not installed (a build, a test): the reason is the same as when no launcher is known. */
    public static ServiceAccess notInstalled() {
        return unavailable(NOT_INSTALLED);
    }

    /** From this process: {@code jpackage.app-path} and the OS name. */
    public static ServiceAccess detect() {
        return detect(System.getProperty("jpackage.app-path"), System.getProperty("os.name", ""));
    }

    /** {@code appPath}: the running launcher's path (null when not started by one). */
    static ServiceAccess detect(String appPath, String osName) {
        if (appPath == null || appPath.isBlank()) {
            return notInstalled();
        }
        String name = osName.startsWith("Windows") ? "ascendkit.exe" : "ascendkit";
        Path launcher;
        try {
            launcher = Path.of(appPath).toAbsolutePath().resolveSibling(name);
        } catch (InvalidPathException e) {
            return unavailable("The editor's own path is not usable: " + appPath);
        }
        if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
            return unavailable(
                    "The ascendkit launcher is not beside Journey Studio ("
                            + launcher
                            + "): reinstall Journey Studio.");
        }
        return available(new LauncherCommands(launcher, TIMEOUT, System.getenv()));
    }

    public boolean isAvailable() {
        return commands.isPresent();
    }
}

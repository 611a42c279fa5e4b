package com.ascendkit.journeys.engine.local;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a local engine keeps its data and where it writes the credentials file, by the platform's
 * conventions, read from environment variables (not {@code user.home}, so that tests and sandboxes
 * can redirect them):
 *
 * <ul>
 *   <li>Linux and others: {@code ${XDG_DATA_HOME:-$HOME/.local/share}/journey-studio} and {@code
 *       ${XDG_CONFIG_HOME:-$HOME/.config}/ascendkit/credentials.json};
 *   <li>macOS: {@code ~/Library/Application Support/Journey Studio} and {@code
 *       ~/Library/Application Support/ascendkit/credentials.json};
 *   <li>Windows: {@code %APPDATA%\Journey Studio} and {@code %APPDATA%\ascendkit\credentials.json}.
 * </ul>
 *
 * {@code JOURNEYS_DATA_DIR} overrides the data directory.
 */
public record AppDirs(Path dataDir, Path credentialsFile) {
    public static final String DATA_DIR_VARIABLE = "JOURNEYS_DATA_DIR";

    /** The directories of this process's platform and environment. */
    public static AppDirs detect() {
        return of(System.getProperty("os.name", ""), System.getenv());
    }

    /** The directories for {@code osName} with the environment variables {@code env}. */
    public static AppDirs of(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path data;
        Path config;
        if (os.startsWith("windows")) {
            Path appData = Path.of(require(env, "APPDATA"));
            data = appData.resolve("Journey Studio");
            config = appData.resolve("ascendkit");
        } else if (os.startsWith("mac")) {
            Path support = Path.of(require(env, "HOME"), "Library", "Application Support");
            data = support.resolve("Journey Studio");
            config = support.resolve("ascendkit");
        } else {
            data = xdg(env, "XDG_DATA_HOME", ".local/share").resolve("journey-studio");
            config = xdg(env, "XDG_CONFIG_HOME", ".config").resolve("ascendkit");
        }
        String override = env.get(DATA_DIR_VARIABLE);
        if (override != null && !override.isBlank()) {
            data = Path.of(override);
        }
        return new AppDirs(data, config.resolve("credentials.json"));
    }

    /** The same, with another data directory (the launcher's {@code --data}). */
    public AppDirs withDataDir(Path newDataDir) {
        return new AppDirs(newDataDir, credentialsFile);
    }

    /** The same, with another credentials file (the launcher's {@code --credentials}). */
    public AppDirs withCredentialsFile(Path newFile) {
        return new AppDirs(dataDir, newFile);
    }

    private static Path xdg(Map<String, String> env, String variable, String underHome) {
        String value = env.get(variable);
        // The XDG spec: a relative path is invalid and must be ignored.
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return Path.of(require(env, "HOME")).resolve(underHome);
    }

    private static String require(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    variable + " is not set: cannot find the default directories; pass --data");
        }
        return value;
    }
}

package com.ascendkit.journeys.localconfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a user's files go on each OS, from the environment variables each OS sets (not {@code
 * user.home}, so that tests and sandboxes can redirect them); {@code docs/local-files.md} has the
 * table. Settings and the credentials file are configuration, the engine's database is data:
 *
 * <ul>
 *   <li>Linux and others: {@code ${XDG_CONFIG_HOME:-~/.config}} and {@code
 *       ${XDG_DATA_HOME:-~/.local/share}} (a relative XDG value is ignored, as the spec says);
 *   <li>macOS: {@code ~/Library/Application Support} for both;
 *   <li>Windows: {@code %APPDATA%} (roaming) for configuration, {@code %LOCALAPPDATA%} for data;
 *       when unset, the same folders under {@code %USERPROFILE%\AppData}.
 * </ul>
 *
 * A place that cannot be found throws {@link MissingVariableException} naming the variable, when it
 * is asked for (so a caller that needs only one place needs only its variables). Immutable.
 */
public record LocalDirs(Platform platform, Map<String, String> env) {
    static final String CREDENTIALS_DIRECTORY = "ascendkit";
    static final String CREDENTIALS_FILE = "credentials.json";
    static final String SETTINGS_FILE = "settings.json";

    public LocalDirs {
        env = Map.copyOf(env);
    }

    /** This process's platform and environment variables. */
    public static LocalDirs current() {
        return new LocalDirs(Platform.current(), System.getenv());
    }

    /** The base directory of configuration: settings, credentials. */
    public Path configHome() {
        return switch (platform) {
            case LINUX -> xdg("XDG_CONFIG_HOME", ".config");
            case MACOS -> applicationSupport();
            case WINDOWS -> windows("APPDATA", "Roaming");
        };
    }

    /** The base directory of data: the engine's database. */
    public Path dataHome() {
        return switch (platform) {
            case LINUX -> xdg("XDG_DATA_HOME", ".local/share");
            case MACOS -> applicationSupport();
            case WINDOWS -> {
                // The roaming folder is the last resort: data belongs to the machine, not the
                // profile that follows the user, but an environment with APPDATA only still works.
                Optional<String> local = value("LOCALAPPDATA");
                if (local.isEmpty()
                        && value("USERPROFILE").isEmpty()
                        && value("APPDATA").isPresent()) {
                    yield Path.of(env.get("APPDATA"));
                }
                yield windows("LOCALAPPDATA", "Local");
            }
        };
    }

    /** The credentials file the engine writes and the CLI and the editor read. */
    public Path credentialsFile() {
        return configHome().resolve(CREDENTIALS_DIRECTORY).resolve(CREDENTIALS_FILE);
    }

    /** The local engine's data directory (its database, rendered emails). */
    public Path engineDataDir() {
        return dataHome().resolve(productDirectory());
    }

    /**
     * Where versions before the local-config module kept the engine's data, when it was elsewhere:
     * {@code %APPDATA%\Journey Studio} on Windows (now {@code %LOCALAPPDATA%}).
     */
    public Optional<Path> previousEngineDataDir() {
        if (platform != Platform.WINDOWS || value("APPDATA").isEmpty()) {
            return Optional.empty();
        }
        Path previous = Path.of(env.get("APPDATA")).resolve(productDirectory());
        return previous.equals(engineDataDir()) ? Optional.empty() : Optional.of(previous);
    }

    /** The editor's directory of settings (the settings file, the fallback key store). */
    public Path studioConfigDir() {
        return configHome().resolve(productDirectory());
    }

    /** The editor's settings file. */
    public Path settingsFile() {
        return studioConfigDir().resolve(SETTINGS_FILE);
    }

    /**
     * Where versions before the local-config module kept the editor's settings, when it was
     * elsewhere: the XDG directory on macOS (now Application Support, with the engine's data).
     */
    public Optional<Path> previousStudioConfigDir() {
        if (platform != Platform.MACOS) {
            return Optional.empty();
        }
        return Optional.of(xdg("XDG_CONFIG_HOME", ".config").resolve("journey-studio"));
    }

    /** The directory of systemd user units (Linux; XDG configuration on every system). */
    public Path systemdUserUnitDir() {
        return xdg("XDG_CONFIG_HOME", ".config").resolve("systemd").resolve("user");
    }

    /** Linux's lower-case name; macOS and Windows users see the product's name in their folders. */
    private String productDirectory() {
        return platform == Platform.LINUX ? "journey-studio" : "Journey Studio";
    }

    private Path xdg(String variable, String underHome) {
        Optional<String> value = value(variable);
        // The XDG spec: a relative path is invalid and must be ignored.
        if (value.isPresent() && Path.of(value.get()).isAbsolute()) {
            return Path.of(value.get());
        }
        return Path.of(require("HOME")).resolve(underHome);
    }

    private Path applicationSupport() {
        return Path.of(require("HOME"), "Library", "Application Support");
    }

    private Path windows(String variable, String underAppData) {
        Optional<String> value = value(variable);
        if (value.isPresent()) {
            return Path.of(value.get());
        }
        if (value("USERPROFILE").isEmpty()) {
            throw new MissingVariableException(variable);
        }
        return Path.of(env.get("USERPROFILE"), "AppData", underAppData);
    }

    private String require(String variable) {
        return value(variable).orElseThrow(() -> new MissingVariableException(variable));
    }

    private Optional<String> value(String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}

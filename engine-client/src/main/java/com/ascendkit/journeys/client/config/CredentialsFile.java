package com.ascendkit.journeys.client.config;

import com.ascendkit.journeys.localconfig.CredentialsCodec;
import com.ascendkit.journeys.localconfig.CredentialsDocument;
import com.ascendkit.journeys.localconfig.CredentialsFormatException;
import com.ascendkit.journeys.localconfig.LocalDirs;
import com.ascendkit.journeys.localconfig.MissingVariableException;
import com.ascendkit.journeys.localconfig.Platform;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code credentials.json} the CLI and the editor share: {@code {"url", "environment",
 * "secretKey", "publishableKey", "environments": {"<name>": {"secretKey", "publishableKey",
 * "url"?}}}}. The top-level keys are the default environment, called {@code environment}. The
 * client's view of the file: its format is read by the one codec of {@code local-config} ({@link
 * CredentialsCodec}), whose messages this turns into {@link ConfigException}s. Immutable.
 */
public final class CredentialsFile {
    private final Path path;
    private final EnvironmentCredentials defaults;
    private final Map<String, EnvironmentCredentials> named;

    private CredentialsFile(
            Path path, EnvironmentCredentials defaults, Map<String, EnvironmentCredentials> named) {
        this.path = path;
        this.defaults = defaults;
        this.named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /**
     * Where the file lives: {@link LocalDirs#credentialsFile}, {@code
     * ${XDG_CONFIG_HOME:-$HOME/.config}/ascendkit/} on Linux, {@code $HOME/Library/Application
     * Support/ascendkit/} on macOS, {@code %APPDATA%\ascendkit\} on Windows; read from the
     * environment variables (not {@code user.home}). Empty when they are unset.
     */
    public static Optional<Path> location(Map<String, String> env, Platform os) {
        try {
            return Optional.of(new LocalDirs(os, env).credentialsFile());
        } catch (MissingVariableException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code path}; empty when there is no such file. */
    public static Optional<CredentialsFile> readIfExists(Path path) {
        try {
            return CredentialsDocument.read(path).map(d -> of(path, d));
        } catch (UncheckedIOException e) {
            throw new ConfigException(
                    "cannot read credentials file " + path + ": " + e.getCause(), e.getCause());
        } catch (CredentialsFormatException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Parses the file's text; {@code path} only names it in messages. */
    public static CredentialsFile parse(Path path, String json) {
        try {
            return of(path, CredentialsCodec.parse(path, json));
        } catch (CredentialsFormatException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static CredentialsFile of(Path path, CredentialsDocument d) {
        EnvironmentCredentials defaults =
                new EnvironmentCredentials(
                        d.environment(), d.url(), d.secretKey(), d.publishableKey());
        Map<String, EnvironmentCredentials> named = new LinkedHashMap<>();
        d.environments()
                .forEach(
                        (name, k) ->
                                named.put(
                                        name,
                                        new EnvironmentCredentials(
                                                name, k.url(), k.secretKey(), k.publishableKey())));
        return new CredentialsFile(path, defaults, named);
    }

    public Path path() {
        return path;
    }

    /** The default environment: the file's top-level keys. */
    public EnvironmentCredentials defaults() {
        return defaults;
    }

    /** The names one can select: the default's (when named) and those under "environments". */
    public Set<String> environmentNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (defaults.name() != null) {
            names.add(defaults.name());
        }
        names.addAll(named.keySet());
        return Collections.unmodifiableSet(names);
    }

    /**
     * The environment called {@code name}: the default when {@code name} is null or the default's
     * name; an entry of "environments" otherwise (its missing URL is the file's).
     */
    public EnvironmentCredentials environment(String name) {
        if (name == null || name.equals(defaults.name()) && !named.containsKey(name)) {
            return defaults;
        }
        EnvironmentCredentials found = named.get(name);
        if (found == null) {
            throw new ConfigException(
                    "unknown environment '"
                            + name
                            + "' in "
                            + path
                            + "; known: "
                            + String.join(", ", environmentNames()));
        }
        return found.url() != null
                ? found
                : new EnvironmentCredentials(
                        name, defaults.url(), found.secretKey(), found.publishableKey());
    }

    @Override
    public String toString() {
        return "CredentialsFile[" + path + ", environments=" + environmentNames() + "]";
    }
}

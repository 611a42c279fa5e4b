package com.ascendkit.journeys.client.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code credentials.json} the CLI and the editor share: {@code {"url", "environment",
 * "secretKey", "publishableKey", "environments": {"<name>": {"secretKey", "publishableKey",
 * "url"?}}}}. The top-level keys are the default environment, called {@code environment}.
 * Immutable.
 */
public final class CredentialsFile {
    static final String DIRECTORY = "ascendkit";
    static final String FILE = "credentials.json";

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
     * Where the file lives: {@code ${XDG_CONFIG_HOME:-$HOME/.config}/ascendkit/} on Linux, {@code
     * $HOME/Library/Application Support/ascendkit/} on macOS, {@code %APPDATA%\ascendkit\} on
     * Windows; read from the environment variables (not {@code user.home}). Empty when they are
     * unset.
     */
    public static Optional<Path> location(Map<String, String> env, OperatingSystem os) {
        return switch (os) {
            case LINUX -> {
                String xdg = env.get("XDG_CONFIG_HOME");
                if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                    yield Optional.of(Path.of(xdg, DIRECTORY, FILE));
                }
                yield nonBlank(env.get("HOME")).map(h -> Path.of(h, ".config", DIRECTORY, FILE));
            }
            case MACOS ->
                    nonBlank(env.get("HOME"))
                            .map(
                                    h ->
                                            Path.of(
                                                    h,
                                                    "Library",
                                                    "Application Support",
                                                    DIRECTORY,
                                                    FILE));
            case WINDOWS ->
                    nonBlank(env.get("APPDATA"))
                            .or(
                                    () ->
                                            nonBlank(env.get("USERPROFILE"))
                                                    .map(u -> u + "/AppData/Roaming"))
                            .map(a -> Path.of(a, DIRECTORY, FILE));
        };
    }

    /** Reads {@code path}; empty when there is no such file. */
    public static Optional<CredentialsFile> readIfExists(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ConfigException("cannot read credentials file " + path + ": " + e, e);
        }
        return Optional.of(parse(path, text));
    }

    /** Parses the file's text; {@code path} only names it in messages. */
    public static CredentialsFile parse(Path path, String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the file, keys included: give the place only.
            throw new ConfigException(
                    "credentials file "
                            + path
                            + " is not valid JSON (line "
                            + e.getLocation().getLineNr()
                            + ", column "
                            + e.getLocation().getColumnNr()
                            + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("credentials file " + path + " must hold a JSON object");
        }
        String defaultName = text(path, root, "environment");
        EnvironmentCredentials defaults =
                new EnvironmentCredentials(
                        defaultName,
                        text(path, root, "url"),
                        text(path, root, "secretKey"),
                        text(path, root, "publishableKey"));
        Map<String, EnvironmentCredentials> named = new LinkedHashMap<>();
        JsonNode environments = root.path("environments");
        if (!environments.isMissingNode() && !environments.isObject()) {
            throw new ConfigException(
                    "credentials file " + path + ": 'environments' must be an object");
        }
        for (Entry<String, JsonNode> e : environments.properties()) {
            if (!e.getValue().isObject()) {
                throw new ConfigException(
                        "credentials file "
                                + path
                                + ": 'environments."
                                + e.getKey()
                                + "' must be an object");
            }
            named.put(
                    e.getKey(),
                    new EnvironmentCredentials(
                            e.getKey(),
                            text(path, e.getValue(), "url"),
                            text(path, e.getValue(), "secretKey"),
                            text(path, e.getValue(), "publishableKey")));
        }
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

    private static String text(Path path, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ConfigException(
                    "credentials file " + path + ": '" + field + "' must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}

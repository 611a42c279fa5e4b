package com.ascendkit.journeys.engine.local;

import com.ascendkit.journeys.engine.files.OwnerOnly;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials file, {@code {"url", "environment", "secretKey", "publishableKey",
 * "environments": {name: {secretKey, publishableKey}}, "adminToken"}}: the top level is the default
 * environment (the one the engine creates on first start), {@code environments} every environment
 * whose keys were written here, {@code adminToken} the secret of the engine at {@code url} for its
 * operator routes (new on each start). Keys are stored hashed by the engine, so this file is their
 * only copy. It is written owner-only ({@code 0600}, in a {@code 0700} directory; an owner-only ACL
 * on Windows) from its creation: the content goes to a new owner-only file that then replaces the
 * old one atomically. {@code toString} hides the keys and the token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Credentials(
        String url,
        String environment,
        String secretKey,
        String publishableKey,
        Map<String, Keys> environments,
        String adminToken) {

    /** One environment's keys. */
    public record Keys(String secretKey, String publishableKey) {
        @Override
        public String toString() {
            return "Keys[hidden]";
        }
    }

    public Credentials {
        environments =
                environments == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(environments));
    }

    /** The file's content; empty when it does not exist or cannot be read as credentials. */
    public static Optional<Credentials> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EngineJson.mapper().readValue(file.toFile(), Credentials.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credentials file " + file, e);
        }
    }

    /** The same credentials with {@code name}'s keys added to (or replaced in) the map. */
    public Credentials withEnvironment(String name, Keys keys) {
        Map<String, Keys> next = new LinkedHashMap<>(environments);
        next.put(name, keys);
        return new Credentials(url, environment, secretKey, publishableKey, next, adminToken);
    }

    /**
     * Adds {@code name}'s keys to the file (creating it if need be), keeping everything else in it.
     */
    public static void addEnvironment(Path file, String name, Keys keys) {
        read(file)
                .orElse(new Credentials(null, null, null, null, null, null))
                .withEnvironment(name, keys)
                .write(file);
    }

    /** Writes the file, readable and writable by its owner only. */
    public void write(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            OwnerOnly.createDirectory(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            OwnerOnly.createFile(tmp);
            Files.writeString(
                    tmp,
                    EngineJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this)
                            + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the credentials file " + file, e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[url="
                + url
                + ", environment="
                + environment
                + ", keys and admin token hidden]";
    }
}

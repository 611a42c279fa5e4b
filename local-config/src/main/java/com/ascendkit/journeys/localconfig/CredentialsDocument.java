package com.ascendkit.journeys.localconfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials file, {@code {"url", "environment", "secretKey", "publishableKey",
 * "environments": {"<name>": {"url"?, "secretKey", "publishableKey"}}, "adminToken"}}: the top
 * level is the default environment (the one a local engine creates on first start), {@code
 * environments} every environment whose keys were written here, {@code adminToken} the secret of
 * the engine at {@code url} for its operator routes. The engine writes it, the CLI and the editor
 * read it, all through this one type and {@link CredentialsCodec}. Written owner-only ({@link
 * OwnerOnlyFile}): keys are stored hashed by the engine, so this file is their only copy. Blank
 * values read as absent. Immutable; {@code toString} hides the keys and the token.
 */
public record CredentialsDocument(
        String url,
        String environment,
        String secretKey,
        String publishableKey,
        Map<String, EnvironmentKeys> environments,
        String adminToken) {

    /** An empty file's content. */
    public static final CredentialsDocument EMPTY =
            new CredentialsDocument(null, null, null, null, null, null);

    /** One entry of {@code environments}; a missing {@code url} is the file's. */
    public record EnvironmentKeys(String url, String secretKey, String publishableKey) {
        @Override
        public String toString() {
            return "EnvironmentKeys[url=" + url + ", keys hidden]";
        }
    }

    public CredentialsDocument {
        environments =
                environments == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(environments));
    }

    /** The file's content; empty when there is no such file. */
    public static Optional<CredentialsDocument> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(CredentialsCodec.parse(file, text));
    }

    /** The same content with {@code name}'s keys added to (or replaced in) {@code environments}. */
    public CredentialsDocument withEnvironment(String name, EnvironmentKeys keys) {
        Map<String, EnvironmentKeys> next = new LinkedHashMap<>(environments);
        next.put(name, keys);
        return new CredentialsDocument(
                url, environment, secretKey, publishableKey, next, adminToken);
    }

    /** Writes the file, readable and writable by its owner only. */
    public void write(Path file) {
        try {
            OwnerOnlyFile.write(file, CredentialsCodec.format(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the credentials file " + file, e);
        }
    }

    @Override
    public String toString() {
        return "CredentialsDocument[url="
                + url
                + ", environment="
                + environment
                + ", environments="
                + environments.keySet()
                + ", keys and admin token hidden]";
    }
}

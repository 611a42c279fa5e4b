package com.ascendkit.journeys.engine.local;

import com.ascendkit.journeys.localconfig.CredentialsDocument;
import com.ascendkit.journeys.localconfig.CredentialsFormatException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's view of the credentials file ({@link CredentialsDocument}, whose codec reads and
 * writes it for the engine, the CLI and the editor alike): the top level is the default environment
 * (the one the engine creates on first start), {@code environments} every environment whose keys
 * were written here, {@code adminToken} the secret of the engine at {@code url} for its operator
 * routes (new on each start). Keys are stored hashed by the engine, so this file is their only
 * copy; it is written owner-only ({@code 0600}, in a {@code 0700} directory; an owner-only ACL on
 * Windows) from its creation. {@code toString} hides the keys and the token.
 */
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
        return document(file).map(Credentials::of);
    }

    /** The same credentials with {@code name}'s keys added to (or replaced in) the map. */
    public Credentials withEnvironment(String name, Keys keys) {
        Map<String, Keys> next = new LinkedHashMap<>(environments);
        next.put(name, keys);
        return new Credentials(url, environment, secretKey, publishableKey, next, adminToken);
    }

    /**
     * Adds {@code name}'s keys to the file (creating it if need be), keeping everything else in it
     * (another environment's own {@code url} included).
     */
    public static void addEnvironment(Path file, String name, Keys keys) {
        document(file)
                .orElse(CredentialsDocument.EMPTY)
                .withEnvironment(
                        name,
                        new CredentialsDocument.EnvironmentKeys(
                                null, keys.secretKey(), keys.publishableKey()))
                .write(file);
    }

    /** Writes the file, readable and writable by its owner only. */
    public void write(Path file) {
        Map<String, CredentialsDocument.EnvironmentKeys> entries = new LinkedHashMap<>();
        environments.forEach(
                (name, k) ->
                        entries.put(
                                name,
                                new CredentialsDocument.EnvironmentKeys(
                                        null, k.secretKey(), k.publishableKey())));
        new CredentialsDocument(url, environment, secretKey, publishableKey, entries, adminToken)
                .write(file);
    }

    @Override
    public String toString() {
        return "Credentials[url="
                + url
                + ", environment="
                + environment
                + ", keys and admin token hidden]";
    }

    /** The engine overwrites a file it cannot read as credentials, so that is "no file" here. */
    private static Optional<CredentialsDocument> document(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return CredentialsDocument.read(file);
        } catch (CredentialsFormatException e) {
            return Optional.empty();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(
                    "cannot read the credentials file " + file, e.getCause());
        }
    }

    private static Credentials of(CredentialsDocument d) {
        Map<String, Keys> keys = new LinkedHashMap<>();
        d.environments()
                .forEach((name, k) -> keys.put(name, new Keys(k.secretKey(), k.publishableKey())));
        return new Credentials(
                d.url(), d.environment(), d.secretKey(), d.publishableKey(), keys, d.adminToken());
    }
}

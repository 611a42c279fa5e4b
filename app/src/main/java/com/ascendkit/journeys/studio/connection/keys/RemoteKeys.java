package com.ascendkit.journeys.studio.connection.keys;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret keys of remote engines the user connected to, by engine URL, kept in the OS keychain
 * when one answers and otherwise in a 0600 file ({@link #system}). A key is never logged, never in
 * an exception message and never in {@link #toString()}.
 */
public final class RemoteKeys {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteKeys.class);

    private final KeyBackend backend;

    private RemoteKeys(KeyBackend backend) {
        this.backend = backend;
    }

    /** The OS keychain, or {@code fallbackFile} where none runs (saying so in the log, once). */
    public static RemoteKeys system(Path fallbackFile) {
        StringBuilder whyNot = new StringBuilder();
        Optional<KeyBackend> keychain = KeychainBackend.probe(whyNot);
        if (keychain.isPresent()) {
            return new RemoteKeys(keychain.get());
        }
        LOG.info("No OS keychain ({}); remote engine keys go to {}", whyNot, fallbackFile);
        return new RemoteKeys(new FileBackend(fallbackFile));
    }

    /** The 0600 file only (tests, and where the keychain must not be used). */
    public static RemoteKeys file(Path file) {
        return new RemoteKeys(new FileBackend(file));
    }

    public void store(String engineUrl, String key) {
        Objects.requireNonNull(key, "key");
        backend.put(normalize(engineUrl), key);
    }

    public Optional<String> lookup(String engineUrl) {
        return backend.get(normalize(engineUrl));
    }

    public void forget(String engineUrl) {
        backend.remove(normalize(engineUrl));
    }

    /** Where the keys are kept, in words, for the connect dialog. */
    public String where() {
        return backend.where();
    }

    /** "http://host:7070/" and "http://host:7070" are the same engine. */
    static String normalize(String engineUrl) {
        String u = Objects.requireNonNull(engineUrl, "engineUrl").strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    @Override
    public String toString() {
        return "RemoteKeys[" + backend.where() + "]";
    }
}

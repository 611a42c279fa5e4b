package com.ascendkit.journeys.engine.environments;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Environments and their API keys. Every method runs on the caller's handle (transaction). */
public interface EnvironmentRepository {

    Optional<EnvironmentRecord> findById(Handle handle, String id);

    Optional<EnvironmentRecord> findByName(Handle handle, String name);

    void insert(Handle handle, EnvironmentRecord environment);

    void updateSettings(
            Handle handle, String id, String defaultIdentityEmail, Map<String, String> variables);

    /** Stores a key's hash for the environment; {@code kind} is secret or publishable. */
    void insertKey(Handle handle, String keyHash, String environmentId, KeyKind kind);

    /** The environment and kind of the key with this hash, if any. */
    Optional<KeyOwner> findKey(Handle handle, String keyHash);

    /** The two kinds of keys, as stored. */
    enum KeyKind {
        SECRET("secret"),
        PUBLISHABLE("publishable");

        private final String stored;

        KeyKind(String stored) {
            this.stored = stored;
        }

        public String stored() {
            return stored;
        }

        public static KeyKind ofStored(String text) {
            return "publishable".equals(text) ? PUBLISHABLE : SECRET;
        }
    }

    /** Whose a key is. */
    record KeyOwner(String environmentId, String environmentName, KeyKind kind) {}
}

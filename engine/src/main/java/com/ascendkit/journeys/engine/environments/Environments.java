package com.ascendkit.journeys.engine.environments;

import com.ascendkit.journeys.engine.environments.EnvironmentRepository.KeyKind;
import com.ascendkit.journeys.engine.internal.Base62;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.model.Quoted;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Creating environments and issuing their keys: what the launcher does on first start, what {@code
 * create-environment} does, and what tests do. Keys are returned once and stored only as hashes.
 * Thread-safe.
 */
public final class Environments {
    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,63}$");

    private final Database database;
    private final EnvironmentRepository repository;
    private final Clock clock;

    public Environments(Database database, EnvironmentRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Refuses a name that is not 1-64 lower-case letters, digits, {@code _} or {@code -} (starting
     * with a letter or digit), with a message that quotes it.
     */
    public static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "invalid environment name "
                            + Quoted.of(name)
                            + ": use 1-64 lower-case letters, digits, '_' or '-'");
        }
    }

    /**
     * Creates the environment {@code name} with a secret and a publishable key.
     *
     * @throws IllegalArgumentException for an invalid name ({@link #requireValidName})
     * @throws EnvironmentExistsException when an environment has that name
     */
    public IssuedKeys create(String name) {
        requireValidName(name);
        return database.jdbi()
                .inTransaction(
                        h -> {
                            if (repository.findByName(h, name).isPresent()) {
                                throw new EnvironmentExistsException(name);
                            }
                            String id = Base62.environmentId();
                            repository.insert(
                                    h,
                                    new EnvironmentRecord(
                                            id,
                                            name,
                                            null,
                                            Map.of(),
                                            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
                            return issue(h, id, name);
                        });
    }

    /**
     * Issues a new pair of keys for the existing environment {@code name}. Older keys stay valid: a
     * copy of them may still be in use by an application.
     */
    public IssuedKeys issueKeys(String name) {
        return database.jdbi()
                .inTransaction(
                        h -> {
                            EnvironmentRecord env =
                                    repository
                                            .findByName(h, name)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    "no environment "
                                                                            + Quoted.of(name)
                                                                            + ""));
                            return issue(h, env.id(), env.name());
                        });
    }

    public boolean exists(String name) {
        return database.jdbi().withHandle(h -> repository.findByName(h, name).isPresent());
    }

    /** Whether {@code secretKey} is a secret key of the environment {@code name}. */
    public boolean isSecretKeyOf(String name, String secretKey) {
        if (!ApiKeys.isWellFormed(secretKey)) {
            return false;
        }
        return database.jdbi()
                .withHandle(
                        h ->
                                repository
                                        .findKey(h, ApiKeys.hash(secretKey))
                                        .filter(o -> o.kind() == KeyKind.SECRET)
                                        .filter(o -> o.environmentName().equals(name))
                                        .isPresent());
    }

    private IssuedKeys issue(org.jdbi.v3.core.Handle h, String id, String name) {
        String secret = ApiKeys.newSecretKey();
        String publishable = ApiKeys.newPublishableKey();
        repository.insertKey(h, ApiKeys.hash(secret), id, KeyKind.SECRET);
        repository.insertKey(h, ApiKeys.hash(publishable), id, KeyKind.PUBLISHABLE);
        return new IssuedKeys(id, name, secret, publishable);
    }
}

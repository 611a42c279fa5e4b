package com.ascendkit.journeys.engine.local;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.auth.AdminToken;
import com.ascendkit.journeys.engine.environments.Environments;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine on this machine with its credentials file: on start, the {@code development}
 * environment exists and the file holds working keys for it. Keys are stored only hashed, so the
 * file is their only copy: when it is missing, or holds keys this database does not know (e.g.
 * written by an engine on another data directory), new keys are issued for {@code development}
 * (older keys stay valid, a copy may be in use). Each start also makes a new local admin token for
 * the operator routes ({@code POST /v1/admin/environments}, which {@code ascendkit env create}
 * calls) and writes it beside the URL: whoever may read the file may already use every key in it.
 * Never logs a key or the token.
 */
public final class LocalEngine {
    /** The environment a first start creates, and the file's default. */
    public static final String DEFAULT_ENVIRONMENT = "development";

    private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);

    private LocalEngine() {}

    /**
     * Builds and starts the engine with a new admin token (replacing any the builder had), then
     * writes the credentials file.
     */
    public static Engine start(Engine.Builder builder, Path credentialsFile) {
        String adminToken = AdminToken.newToken();
        Engine engine = builder.adminToken(adminToken).build();
        try {
            engine.start();
            writeCredentials(engine, credentialsFile, adminToken);
            return engine;
        } catch (RuntimeException e) {
            engine.stop();
            throw e;
        }
    }

    /** Creates environment {@code name} and adds its keys to the credentials file. */
    public static IssuedKeys createEnvironment(Engine engine, String name, Path credentialsFile) {
        IssuedKeys issued = engine.environments().create(name);
        Credentials.addEnvironment(credentialsFile, name, keys(issued));
        LOG.info("environment '{}' created; its keys are in {}", name, credentialsFile);
        return issued;
    }

    static void writeCredentials(Engine engine, Path file, String adminToken) {
        Environments environments = engine.environments();
        Optional<Credentials> existing = Credentials.read(file);
        Credentials.Keys dev;
        if (!environments.exists(DEFAULT_ENVIRONMENT)) {
            dev = keys(environments.create(DEFAULT_ENVIRONMENT));
            LOG.info("created the '{}' environment with new keys", DEFAULT_ENVIRONMENT);
        } else {
            Optional<Credentials.Keys> known =
                    existing.flatMap(c -> keysOf(c, DEFAULT_ENVIRONMENT))
                            .filter(
                                    k ->
                                            environments.isSecretKeyOf(
                                                    DEFAULT_ENVIRONMENT, k.secretKey()));
            if (known.isPresent()) {
                dev = known.get();
            } else {
                dev = keys(environments.issueKeys(DEFAULT_ENVIRONMENT));
                LOG.warn(
                        "{} held no keys of this engine's '{}' environment: issued new ones"
                                + " (keys are stored hashed; the credentials file is their only copy)",
                        file,
                        DEFAULT_ENVIRONMENT);
            }
        }
        Map<String, Credentials.Keys> all = new LinkedHashMap<>();
        all.put(DEFAULT_ENVIRONMENT, dev);
        existing.ifPresent(
                c ->
                        c.environments()
                                .forEach(
                                        (name, k) -> {
                                            if (!name.equals(DEFAULT_ENVIRONMENT)
                                                    && environments.isSecretKeyOf(
                                                            name, k.secretKey())) {
                                                all.put(name, k);
                                            }
                                        }));
        new Credentials(
                        engine.url(),
                        DEFAULT_ENVIRONMENT,
                        dev.secretKey(),
                        dev.publishableKey(),
                        all,
                        adminToken)
                .write(file);
        LOG.info("credentials for '{}' are in {}", DEFAULT_ENVIRONMENT, file);
    }

    private static Optional<Credentials.Keys> keysOf(Credentials c, String name) {
        Credentials.Keys inMap = c.environments().get(name);
        if (inMap != null) {
            return Optional.of(inMap);
        }
        if (name.equals(c.environment()) && c.secretKey() != null) {
            return Optional.of(new Credentials.Keys(c.secretKey(), c.publishableKey()));
        }
        return Optional.empty();
    }

    private static Credentials.Keys keys(IssuedKeys issued) {
        return new Credentials.Keys(issued.secretKey(), issued.publishableKey());
    }
}

package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.config.ClientConfig;
import com.ascendkit.journeys.client.config.ConfigException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.engine.DataDirInUseException;
import com.ascendkit.journeys.engine.local.AppDirs;
import com.ascendkit.journeys.localconfig.Platform;
import com.ascendkit.journeys.studio.sync.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the editor reaches an engine, always over HTTP through engine-client:
 *
 * <ol>
 *   <li>a remote one when {@code JOURNEYS_ENGINE_URL} is set (key: {@code JOURNEYS_API_KEY}, else
 *       the credentials file's, through {@link ClientConfig});
 *   <li>else the engine already running for the data directory (the CLI's {@code ascendkit engine
 *       start}, {@code journey-engine.jar}, another window): the credentials file's URL, if its
 *       {@code /v1/health} answers;
 *   <li>else one started in-process ({@link EmbeddedEngine}) on a free loopback port. If its
 *       database is locked by an engine that is still starting, that one is waited for and joined.
 * </ol>
 */
public final class EngineConnector {
    public static final String URL_VARIABLE = "JOURNEYS_ENGINE_URL";
    public static final String KEY_VARIABLE = "JOURNEYS_API_KEY";
    private static final Logger LOG = LoggerFactory.getLogger(EngineConnector.class);
    private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(15);

    private final Map<String, String> env;
    private final Platform os;
    private final AppDirs dirs;
    private final Clock clock;
    private final Duration waitForOther;

    public EngineConnector(Map<String, String> env, Platform os, AppDirs dirs, Clock clock) {
        this(env, os, dirs, clock, WAIT_FOR_OTHER);
    }

    /**
     * {@code waitForOther}: how long to wait for an engine that holds the data directory's database
     * but does not answer yet (it may be starting).
     */
    EngineConnector(
            Map<String, String> env,
            Platform os,
            AppDirs dirs,
            Clock clock,
            Duration waitForOther) {
        this.env = Map.copyOf(env);
        this.os = os;
        this.dirs = dirs;
        this.clock = clock;
        this.waitForOther = waitForOther;
    }

    public static EngineConnector fromEnvironment() {
        return new EngineConnector(
                System.getenv(), Platform.current(), AppDirs.detect(), Clock.systemUTC());
    }

    /** True when a remote engine is configured; otherwise the editor joins or embeds one. */
    public boolean isRemote() {
        return !blank(env.get(URL_VARIABLE));
    }

    /**
     * Connects; blocks (starting an engine takes a second or two): call it off the UI thread.
     *
     * @throws IllegalStateException with a message for the user when no engine can be reached
     */
    public EngineConnection connect() {
        if (isRemote()) {
            String url = env.get(URL_VARIABLE).strip();
            String key =
                    blank(env.get(KEY_VARIABLE)) ? config().secretKey() : env.get(KEY_VARIABLE);
            if (key == null) {
                throw new IllegalStateException(
                        "No key for the engine at " + url + ": set " + KEY_VARIABLE + ".");
            }
            return open(EngineConnection.Kind.REMOTE, url, key.strip(), null);
        }
        Optional<EngineConnection> running = join();
        if (running.isPresent()) {
            return running.get();
        }
        EmbeddedEngine engine;
        try {
            engine = EmbeddedEngine.start(dirs, 0);
        } catch (DataDirInUseException e) {
            LOG.info("{}; waiting for it to answer", e.getMessage());
            return waitForOther(e);
        }
        try {
            return open(EngineConnection.Kind.EMBEDDED, engine.url(), config().secretKey(), engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /**
     * Connects to the remote engine at {@code url} with {@code key} (the connect dialog); blocks.
     *
     * @throws IllegalArgumentException when the URL is not http(s), naming it
     * @throws IllegalStateException with a message for the user when the engine refuses or does not
     *     answer (never containing the key)
     */
    public EngineConnection connectRemote(String url, String key) {
        String u = url == null ? "" : url.strip();
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
            throw new IllegalArgumentException(
                    "url must start with http:// or https://, not '" + u + "'");
        }
        return open(EngineConnection.Kind.REMOTE, u, key == null ? null : key.strip(), null);
    }

    /** The engine of the credentials file, if it answers its health check. */
    private Optional<EngineConnection> join() {
        ClientConfig config;
        try {
            config = config();
        } catch (ConfigException e) {
            LOG.warn("{}: starting an engine that rewrites it", e.getMessage());
            return Optional.empty();
        }
        if (config.url() == null || config.secretKey() == null || !answers(config.url())) {
            return Optional.empty();
        }
        LOG.info("joining the engine running at {}", config.url());
        return Optional.of(
                open(EngineConnection.Kind.JOINED, config.url(), config.secretKey(), null));
    }

    private EngineConnection waitForOther(DataDirInUseException inUse) {
        Instant deadline = clock.instant().plus(waitForOther);
        do {
            Optional<EngineConnection> running = join();
            if (running.isPresent()) {
                return running.get();
            }
            try {
                Thread.sleep(250); // polling for another process to come up, with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (clock.instant().isBefore(deadline));
        throw new IllegalStateException(
                inUse.getMessage()
                        + ", but it does not answer at the URL of "
                        + dirs.credentialsFile()
                        + ". Stop that engine, or point JOURNEYS_DATA_DIR elsewhere.");
    }

    private EngineConnection open(
            EngineConnection.Kind kind, String url, String key, EmbeddedEngine embedded) {
        if (key == null) {
            throw new IllegalStateException(
                    "No secret key for the engine at " + url + " in " + dirs.credentialsFile());
        }
        EngineClient client = EngineClient.builder().baseUrl(url).apiKey(key).build();
        String environment;
        try {
            environment = client.environment().get().name();
        } catch (EngineException e) {
            GatewayException why = (GatewayException) GatewayErrors.translate(e);
            throw new IllegalStateException(
                    "Cannot use the " + kind.label() + " at " + url + ": " + why.getMessage(), e);
        }
        return new EngineConnection(
                kind, url, environment, new EngineClientGateway(client), embedded);
    }

    private static boolean answers(String url) {
        try {
            EngineClient.builder().baseUrl(url).maxRetries(0).build().health();
            return true;
        } catch (EngineException | IllegalArgumentException e) {
            return false;
        }
    }

    private ClientConfig config() {
        return ClientConfig.resolve(env, os, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

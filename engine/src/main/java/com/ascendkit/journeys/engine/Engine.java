package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.api.ApiCalls;
import com.ascendkit.journeys.engine.api.ApiEndpoint;
import com.ascendkit.journeys.engine.api.ApiModule;
import com.ascendkit.journeys.engine.api.ApiRoutes;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.BodyLimits;
import com.ascendkit.journeys.engine.api.auth.Access;
import com.ascendkit.journeys.engine.api.auth.AdminToken;
import com.ascendkit.journeys.engine.api.auth.Authenticator;
import com.ascendkit.journeys.engine.api.edge.HttpEdge;
import com.ascendkit.journeys.engine.api.edge.HttpLimits;
import com.ascendkit.journeys.engine.api.edge.PlatformWork;
import com.ascendkit.journeys.engine.api.internal.ErrorAnswers;
import com.ascendkit.journeys.engine.api.internal.JettyErrors;
import com.ascendkit.journeys.engine.api.internal.JsonBodies;
import com.ascendkit.journeys.engine.api.internal.NulCharacters;
import com.ascendkit.journeys.engine.api.internal.RequestIds;
import com.ascendkit.journeys.engine.api.internal.RequestLineChecks;
import com.ascendkit.journeys.engine.api.internal.RouteMatcher;
import com.ascendkit.journeys.engine.environments.Environments;
import com.ascendkit.journeys.engine.journeys.JourneyLimits;
import com.ascendkit.journeys.engine.journeys.JourneyService;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.engine.runtime.RuntimeSettings;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.Dialect;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journey engine: its database, its run-time and its HTTP API. Made by {@link #builder()};
 * {@code build()} opens (and migrates) the database and assembles the run-time on the engine's
 * clock, {@link #start()} starts the run-time's background work (timer poller on a wall clock,
 * outbox dispatcher) and serving, {@link #stop()} ends the streams, stops serving, stops the
 * run-time and closes the database it opened. Thread-safe.
 */
public final class Engine implements AutoCloseable {
    /** The port of a default engine. */
    public static final int DEFAULT_PORT = 8765;

    public static final String DEFAULT_HOST = "127.0.0.1";

    /** How long a journey stream stays silent before a keep-alive comment. */
    public static final Duration DEFAULT_STREAM_HEARTBEAT = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final int H2_DATABASE_IN_USE = 90020;

    private final Database database;
    private final boolean ownsDatabase;
    private final Clock clock;
    private final String host;
    private final int requestedPort;
    private final ApiServices services;
    private final Environments environments;
    private final List<ApiEndpoint> endpoints;
    private final JourneyRuntime runtime;
    private final AdminToken adminToken;
    private final HttpLimits httpLimits;
    private Javalin app;
    private PlatformWork work;

    private Engine(Builder b, Database database, boolean ownsDatabase) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.clock = b.clock;
        this.host = b.host;
        this.requestedPort = b.port;
        this.adminToken = b.adminToken;
        this.httpLimits = b.httpLimits;
        Repositories repositories = Repositories.jdbi(clock);
        RuntimeSettings.Builder settings = JourneyRuntime.builder(database);
        b.runtimeSettings.accept(settings);
        // The engine's clock always wins: a simulated one makes /v1/dev/clock work.
        this.runtime = settings.clock(clock).build();
        JourneyRuntimeHooks hooks = b.hooks != null ? b.hooks : runtime.hooks();
        JourneyService journeys =
                new JourneyService(
                        repositories.journeys(),
                        repositories.analytics(),
                        repositories::references,
                        hooks,
                        runtime.notifications(),
                        clock,
                        b.journeyLimits);
        this.services =
                new ApiServices(
                        database,
                        clock,
                        new ApiCalls(database, repositories.idempotency(), clock),
                        journeys,
                        repositories,
                        hooks,
                        runtime,
                        b.streamHeartbeat);
        this.environments = new Environments(database, repositories.environments(), clock);
        List<ApiEndpoint> all = new ArrayList<>(ApiRoutes.endpoints(services));
        for (ApiModule module : b.modules) {
            all.addAll(module.endpoints(services));
        }
        Set<ApiRoutes.Route> seen = new HashSet<>();
        for (ApiEndpoint e : all) {
            if (!seen.add(e.route())) {
                throw new IllegalStateException("route declared twice: " + e.route());
            }
        }
        this.endpoints = List.copyOf(all);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving HTTP; returns this engine. */
    public synchronized Engine start() {
        if (app != null) {
            throw new IllegalStateException("the engine is already started");
        }
        HttpEdge edge = new HttpEdge(httpLimits);
        work = new PlatformWork();
        Javalin javalin =
                Javalin.create(
                        cfg -> {
                            cfg.showJavalinBanner = false;
                            cfg.startupWatcherEnabled = false;
                            cfg.http.maxRequestSize = BodyLimits.largest();
                            edge.configure(cfg);
                            cfg.jetty.modifyHttpConfiguration(
                                    http -> http.setRequestHeaderSize(JettyErrors.HEADER_BYTES));
                            // Jetty's own refusals (before any handler) in the contract's JSON.
                            cfg.jetty.modifyServer(
                                    server -> server.setErrorHandler(new JettyErrors()));
                            cfg.jetty.modifyServletContextHandler(
                                    context -> context.setErrorHandler(new JettyErrors()));
                        });
        RouteMatcher routes = new RouteMatcher(routes());
        RequestIds.install(javalin);
        RequestLineChecks.install(javalin, routes);
        ErrorAnswers.install(javalin, routes);
        edge.install(javalin);
        NulCharacters.install(javalin);
        Authenticator auth =
                new Authenticator(database, services.repositories().environments(), adminToken);
        for (ApiEndpoint e : endpoints) {
            String method = e.route().method();
            String path = e.route().path();
            javalin.addHttpHandler(
                    HandlerType.valueOf(method),
                    path,
                    e.servedAs(
                            auth.guard(
                                    Access.of(method, path),
                                    edge.perKey(JsonBodies.required(handOver(e))))));
        }
        if (ownsDatabase && database.dialect() == Dialect.H2) {
            // An embedded H2 file is open in this process only: a claim left in it was made by an
            // engine process that died, so its timers and emails are taken back at once.
            runtime.releaseClaims();
        }
        runtime.start();
        try {
            javalin.start(host, requestedPort);
            edge.listen(javalin);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        app = javalin;
        LOG.info("journey engine listening on {}", url());
        return this;
    }

    /** Every handler on the platform pool, but those that keep the request's own thread. */
    private Handler handOver(ApiEndpoint e) {
        return e.keepsRequestThread() ? e.handler() : work.handOver(e.handler());
    }

    /**
     * Ends the open streams, stops serving, stops the run-time (a send in progress finishes) and
     * closes the database if this engine opened it. Idempotent.
     */
    public synchronized void stop() {
        runtime.notifications().close();
        if (app != null) {
            app.stop();
            app = null;
            work.close();
        }
        runtime.close();
        if (ownsDatabase) {
            database.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The port it listens on (the real one when built with port 0). */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("the engine is not started");
        }
        return app.port();
    }

    /** {@code http://host:port}, without a trailing slash. */
    public String url() {
        return "http://" + host + ":" + port();
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** Creates environments and issues their keys. */
    public Environments environments() {
        return environments;
    }

    /** The run-time: events, users, outbox, timers, notifications. */
    public JourneyRuntime runtime() {
        return runtime;
    }

    /** The services handlers use, including the repositories. */
    public ApiServices services() {
        return services;
    }

    /** Every route served: the journey API's and the modules'. */
    public List<ApiRoutes.Route> routes() {
        return endpoints.stream().map(ApiEndpoint::route).toList();
    }

    /** Configures an {@link Engine}. Not thread-safe. */
    public static final class Builder {
        private DatabaseConfig databaseConfig;
        private Database database;
        private Clock clock = Clock.systemUTC();
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private JourneyRuntimeHooks hooks;
        private Consumer<RuntimeSettings.Builder> runtimeSettings = r -> {};
        private Duration streamHeartbeat = DEFAULT_STREAM_HEARTBEAT;
        private AdminToken adminToken;
        private HttpLimits httpLimits = HttpLimits.defaults();
        private JourneyLimits journeyLimits = JourneyLimits.DEFAULT;
        private final List<ApiModule> modules = new ArrayList<>();

        private Builder() {}

        /** The database to open (and close on stop). */
        public Builder database(DatabaseConfig config) {
            this.databaseConfig = Objects.requireNonNull(config);
            this.database = null;
            return this;
        }

        /** An open database, shared: the engine does not close it. */
        public Builder database(Database open) {
            this.database = Objects.requireNonNull(open);
            this.databaseConfig = null;
            return this;
        }

        /**
         * Where time comes from, for the API and the run-time (default: the system clock, UTC). A
         * {@link com.ascendkit.journeys.engine.runtime.timers.SimulatedClock} makes an engine whose
         * time stands still until {@code POST /v1/dev/clock}.
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock);
            return this;
        }

        /** The port to listen on; 0 picks a free one. Default 8765. */
        public Builder port(int newPort) {
            if (newPort < 0 || newPort > 65535) {
                throw new IllegalArgumentException("not a port: " + newPort);
            }
            this.port = newPort;
            return this;
        }

        /** The address to listen on. Default 127.0.0.1 (this machine only). */
        public Builder host(String newHost) {
            this.host = Objects.requireNonNull(newHost);
            return this;
        }

        /**
         * Sets up the run-time: SMTP, default sender, retry policy, poll intervals. The engine's
         * {@link #clock} is applied after this and cannot be changed here.
         */
        public Builder runtime(Consumer<RuntimeSettings.Builder> settings) {
            this.runtimeSettings = Objects.requireNonNull(settings);
            return this;
        }

        /**
         * Replaces the run-time's hooks that the journey API calls on every change: for tests of
         * the journey API alone, which stand in for the run-time at this seam. The run-time still
         * serves its own routes.
         */
        public Builder runtimeHooks(JourneyRuntimeHooks newHooks) {
            this.hooks = Objects.requireNonNull(newHooks);
            return this;
        }

        /** How long a journey stream may stay silent before a keep-alive comment (15 s). */
        public Builder streamHeartbeat(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("not a heartbeat interval: " + interval);
            }
            this.streamHeartbeat = interval;
            return this;
        }

        /**
         * The local admin token that the operator routes ({@code POST /v1/admin/environments}) take
         * instead of an API key: the launcher ({@code LocalEngine.start}) makes one on every start
         * and writes it to the credentials file. Without one those routes answer 404.
         */
        public Builder adminToken(String token) {
            this.adminToken = AdminToken.of(token);
            return this;
        }

        /**
         * The HTTP server's limits: body read deadline, connections per address, requests in
         * progress per key, platform threads (default {@link HttpLimits#defaults()}).
         */
        public Builder httpLimits(HttpLimits limits) {
            this.httpLimits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * How many nodes and transitions one journey may have ({@link JourneyLimits#DEFAULT}:
         * 10,000 and 20,000); a change beyond them is a 400 naming the limit.
         */
        public Builder journeyLimits(JourneyLimits limits) {
            this.journeyLimits = Objects.requireNonNull(limits);
            return this;
        }

        /** More routes (e.g. the run-time's), served with the same auth and error answers. */
        public Builder module(ApiModule module) {
            modules.add(Objects.requireNonNull(module));
            return this;
        }

        /** Opens and migrates the database and assembles the engine (not yet serving). */
        public Engine build() {
            if (database != null) {
                return new Engine(this, database, false);
            }
            if (databaseConfig == null) {
                throw new IllegalStateException("no database: call database(DatabaseConfig)");
            }
            Database opened = open(databaseConfig);
            try {
                return new Engine(this, opened, true);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }

        private static Database open(DatabaseConfig config) {
            try {
                return Database.open(config);
            } catch (RuntimeException e) {
                if (config.isEmbedded() && inUse(e)) {
                    throw new DataDirInUseException(config.dataDir(), e);
                }
                throw e;
            }
        }

        private static boolean inUse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                    return true;
                }
            }
            return false;
        }
    }
}

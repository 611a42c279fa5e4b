package com.ascendkit.journeys.client;

import com.ascendkit.journeys.client.admin.Admin;
import com.ascendkit.journeys.client.config.ClientConfig;
import com.ascendkit.journeys.client.config.Keys;
import com.ascendkit.journeys.client.dev.Dev;
import com.ascendkit.journeys.client.email.Identities;
import com.ascendkit.journeys.client.email.Outbox;
import com.ascendkit.journeys.client.email.Templates;
import com.ascendkit.journeys.client.environment.Environment;
import com.ascendkit.journeys.client.events.Events;
import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.ClientJson;
import com.ascendkit.journeys.client.internal.RetryPolicy;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.client.journeys.Journeys;
import com.ascendkit.journeys.client.nodes.Nodes;
import com.ascendkit.journeys.client.people.People;
import com.ascendkit.journeys.client.surveys.Surveys;
import com.ascendkit.journeys.client.transitions.Transitions;
import com.ascendkit.journeys.client.users.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The typed client of a journey engine: the only way the CLI and the editor reach one. Calls are
 * grouped by resource ({@link #journeys()}, {@link #nodes()} …), one method per endpoint. Failures
 * are {@link com.ascendkit.journeys.client.exception.EngineException}s; connection failures and 5xx
 * are retried where safe (see {@link RetryPolicy}). Immutable and thread-safe: share one.
 */
public final class EngineClient {
    private final Transport transport;
    private final String apiKey;
    private final Journeys journeys;
    private final Nodes nodes;
    private final Transitions transitions;
    private final Templates templates;
    private final Surveys surveys;
    private final Identities identities;
    private final Environment environment;
    private final Events events;
    private final Users users;
    private final People people;
    private final Outbox outbox;
    private final Dev dev;
    private final Admin admin;

    private EngineClient(Builder b, HttpUrl baseUrl) {
        this.apiKey = b.apiKey;
        OkHttpClient http = b.httpClient != null ? b.httpClient : defaultHttpClient(baseUrl);
        RetryPolicy retries = new RetryPolicy(b.maxRetries, b.sleeper, b.clock);
        this.transport =
                new Transport(
                        baseUrl, b.apiKey, b.userAgent, http, ClientJson.newMapper(), retries);
        this.journeys = new Journeys(transport);
        this.nodes = new Nodes(transport);
        this.transitions = new Transitions(transport);
        this.templates = new Templates(transport);
        this.surveys = new Surveys(transport);
        this.identities = new Identities(transport);
        this.environment = new Environment(transport);
        this.events = new Events(transport);
        this.users = new Users(transport);
        this.people = new People(transport);
        this.outbox = new Outbox(transport);
        this.dev = new Dev(transport);
        this.admin = new Admin(transport);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Journeys journeys() {
        return journeys;
    }

    public Nodes nodes() {
        return nodes;
    }

    public Transitions transitions() {
        return transitions;
    }

    public Templates templates() {
        return templates;
    }

    public Surveys surveys() {
        return surveys;
    }

    public Identities identities() {
        return identities;
    }

    public Environment environment() {
        return environment;
    }

    public Events events() {
        return events;
    }

    public Users users() {
        return users;
    }

    /** Who is in a journey, and one user's path through it. */
    public People people() {
        return people;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Dev dev() {
        return dev;
    }

    /** The operator's calls; the client's key must be the engine's local admin token. */
    public Admin admin() {
        return admin;
    }

    /** {@code GET /v1/health} (no key needed): the engine's health document. */
    public JsonNode health() {
        return transport.decoder().tree(transport.execute(ApiRequest.get("v1", "health")));
    }

    /** The engine root this client calls, e.g. {@code http://127.0.0.1:8080/}. */
    public String baseUrl() {
        return transport.baseUrl().toString();
    }

    @Override
    public String toString() {
        return "EngineClient[" + baseUrl() + ", key=" + Keys.mask(apiKey) + "]";
    }

    /**
     * The shared client. Its dispatcher (the threads of asynchronous calls: the event stream) runs
     * on daemon threads: OkHttp's own are not, and an idle one kept a closed editor's process alive
     * for its 60 s keep-alive. For an {@code http:} engine (the local one) it speaks cleartext
     * only: OkHttp then sets up no TLS, whose trust store (the JDK's certificates, parsed) took 140
     * ms of every CLI command's start; the engine never redirects, so https is never needed there.
     */
    private static OkHttpClient defaultHttpClient(HttpUrl baseUrl) {
        OkHttpClient.Builder http =
                new OkHttpClient.Builder()
                        .dispatcher(new Dispatcher(DISPATCHER))
                        .connectTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofSeconds(60));
        if (!baseUrl.isHttps()) {
            http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        return http.build();
    }

    private static final ExecutorService DISPATCHER =
            new ThreadPoolExecutor(
                    0,
                    Integer.MAX_VALUE,
                    60,
                    TimeUnit.SECONDS,
                    new SynchronousQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "engine-client-dispatcher");
                        t.setDaemon(true);
                        return t;
                    });

    /** Configures an {@link EngineClient}. Not thread-safe. */
    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private OkHttpClient httpClient;
        private int maxRetries = 2;
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private String userAgent = "ascendkit-engine-client/" + version();

        private Builder() {}

        /** The engine root ({@code http://127.0.0.1:8080}); a trailing {@code /v1} is accepted. */
        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        /**
         * The {@code sk_…}/{@code pk_…} key sent as a bearer token; none for health only; the
         * engine's local admin token ({@code adm_…}) for {@link EngineClient#admin()}.
         */
        public Builder apiKey(String value) {
            if (value != null && (value.isBlank() || !value.strip().equals(value))) {
                throw new IllegalArgumentException(
                        "apiKey must not be blank or have surrounding whitespace");
            }
            this.apiKey = value;
            return this;
        }

        /** The URL and secret key of a resolved configuration (fails if either is missing). */
        public Builder config(ClientConfig config) {
            return baseUrl(config.requireUrl()).apiKey(config.requireSecretKey());
        }

        /** The shared OkHttp client (its pool and threads); a default one when not given. */
        public Builder httpClient(OkHttpClient value) {
            this.httpClient = value;
            return this;
        }

        /** Retries after the first attempt where safe (default 2; 0 turns retries off). */
        public Builder maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0, was " + value);
            }
            this.maxRetries = value;
            return this;
        }

        /** How to wait between retries (tests record instead of waiting). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = java.util.Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** The clock that reads {@code Retry-After} dates. */
        public Builder clock(Clock value) {
            this.clock = java.util.Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = java.util.Objects.requireNonNull(value, "userAgent");
            return this;
        }

        public EngineClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required (e.g. http://127.0.0.1:8080)");
            }
            HttpUrl parsed = HttpUrl.parse(baseUrl.strip());
            if (parsed == null) {
                throw new IllegalArgumentException(
                        "baseUrl '" + baseUrl + "' is not an http(s) URL");
            }
            return new EngineClient(this, root(parsed));
        }

        /** Drops a trailing {@code /v1} and empty segments: every call adds {@code /v1} itself. */
        private static HttpUrl root(HttpUrl url) {
            HttpUrl.Builder b = url.newBuilder().query(null).fragment(null);
            java.util.List<String> segments = new java.util.ArrayList<>(url.pathSegments());
            segments.removeIf(String::isEmpty);
            if (!segments.isEmpty() && segments.get(segments.size() - 1).equals("v1")) {
                segments.remove(segments.size() - 1);
            }
            b.encodedPath("/");
            segments.forEach(b::addPathSegment);
            return b.build();
        }

        private static String version() {
            String v = EngineClient.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}

package com.ascendkit.journeys.engine.api.edge;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.Caller;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;

/**
 * The engine's HTTP edge under {@link HttpLimits}: Jetty's threads, the body deadline of every
 * request, and the caps per address and per key. A request over a cap gets 429 {@code
 * too_many_requests} with {@code Retry-After}: the excess is this client's, and the engine is not
 * unavailable (503 would say it is, to every monitor watching). {@code GET /v1/health} passes every
 * cap. Thread-safe.
 */
public final class HttpEdge {
    static final String HEALTH = "/v1/health";
    private static final String RETRY_AFTER_SECONDS = "1";

    private final HttpLimits limits;
    private final AddressConnections connections;
    private final KeyConcurrency keys;

    public HttpEdge(HttpLimits limits) {
        this.limits = limits;
        this.connections = new AddressConnections(limits.maxConnectionsPerAddress());
        this.keys = new KeyConcurrency(limits.maxRequestsPerKey());
    }

    /** Jetty's threads; call inside {@code Javalin.create}. */
    public void configure(JavalinConfig cfg) {
        cfg.jetty.threadPool = ServerThreads.pool(limits.platformThreads());
    }

    /** Before every handler: refuse an excess connection's request, start the body's deadline. */
    public void install(Javalin app) {
        app.before(this::admit);
    }

    /** Counts connections per address; call once the server is started. */
    public void listen(Javalin app) {
        for (Connector c : app.jettyServer().server().getConnectors()) {
            c.addEventListener(connections);
        }
    }

    /** {@code handler} counted against its caller's key (set by the authenticator before it). */
    public Handler perKey(Handler handler) {
        return ctx -> {
            Caller caller = ctx.attribute(Caller.ATTRIBUTE);
            if (caller == null) {
                handler.handle(ctx);
                return;
            }
            String key = caller.environmentId() + "/" + caller.keyKind();
            if (!keys.tryEnter(key)) {
                throw refused(
                        ctx,
                        "this API key already has "
                                + keys.max()
                                + " requests in progress (journey streams included); retry"
                                + " when one has ended");
            }
            try {
                handler.handle(ctx);
            } finally {
                keys.exit(key);
            }
        };
    }

    private void admit(Context ctx) {
        BodyDeadline.start(ctx, limits.bodyReadTimeout());
        if (HEALTH.equals(ctx.path())) {
            return;
        }
        Request jetty = Request.getBaseRequest(ctx.req());
        if (jetty != null && connections.isExcess(jetty.getHttpChannel().getConnection())) {
            ctx.header("Connection", "close");
            throw refused(
                    ctx,
                    "this address already has "
                            + connections.max()
                            + " connections open to the engine; retry when one has closed");
        }
    }

    private static ApiException refused(Context ctx, String message) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        return ApiException.tooManyRequests(message);
    }
}

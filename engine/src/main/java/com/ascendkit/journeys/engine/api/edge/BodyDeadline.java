package com.ascendkit.journeys.engine.api.edge;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * The total time a request's body may take to arrive, counted from the start of the request. A rate
 * or idle timeout alone is not enough: a body trickling one byte a second is never idle, and would
 * hold its request (and its memory) for as long as the client likes.
 */
public final class BodyDeadline {
    private static final String ATTRIBUTE = "journeys.body.deadline";

    private BodyDeadline() {}

    /** Starts the request's clock; the engine calls it before any handler. */
    static void start(Context ctx, Duration timeout) {
        ctx.attribute(ATTRIBUTE, new Deadline(System.nanoTime() + timeout.toNanos(), timeout));
    }

    /**
     * The request body, failing with a 408 {@code request_timeout} once the deadline passes (also
     * while a read waits for bytes). Without a started deadline: the plain body.
     */
    public static InputStream open(Context ctx) throws IOException {
        InputStream in = ctx.req().getInputStream();
        Deadline deadline = ctx.attribute(ATTRIBUTE);
        Request jetty = Request.getBaseRequest(ctx.req());
        if (deadline == null || jetty == null) {
            return in;
        }
        EndPoint endPoint = jetty.getHttpChannel().getEndPoint();
        // After a 408 the rest of the body is unread: the connection cannot serve another request.
        return new DeadlineInput(in, endPoint, deadline, () -> ctx.header("Connection", "close"));
    }

    /** When the body must be in ({@link System#nanoTime()}), and the timeout it came from. */
    record Deadline(long nanos, Duration timeout) {}
}

package com.ascendkit.journeys.engine.api.stream;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.journeys.JourneyHandlers;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;

/**
 * {@code GET /v1/journeys/{id}/stream}: server-sent events of one journey. On connect, a {@code
 * journey} event with the current version and an {@code analytics} event with the current counts;
 * then {@code journey} ({@code {"journeyId", "version"}}) after each committed change and {@code
 * analytics} (the full analytics, at most one a second) when counts change; a {@code : keep-alive}
 * comment after each silent heartbeat interval. The stream ends when the journey is deleted or the
 * engine stops. Another environment's journey is a 404 before anything is streamed.
 *
 * <p>Written on the request's own thread, which blocks on a queue the notification bus fills: no
 * executor, and a client that went away is noticed at the next write (at most one heartbeat).
 */
public final class StreamHandler {
    private final ApiServices s;

    public StreamHandler(ApiServices services) {
        this.s = services;
    }

    public void stream(Context ctx) throws IOException, InterruptedException {
        String env = Caller.of(ctx).environmentId();
        String id = JourneyHandlers.id(ctx);
        BlockingQueue<StreamItem> queue = new LinkedBlockingQueue<>();
        // Subscribe first, then read: a change committed in between is not missed.
        JourneyEvents.Subscription sub =
                s.runtime().notifications().subscribe(id, new QueueListener(queue));
        try {
            StoredJourney journey = read(env, id).orElseThrow(() -> notFound(id));
            HttpServletResponse res = ctx.res();
            res.setStatus(200);
            res.setCharacterEncoding("UTF-8");
            res.setContentType("text/event-stream");
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("X-Accel-Buffering", "no");
            OutputStream out = res.getOutputStream();
            send(out, "journey", Map.of("journeyId", id, "version", journey.version()));
            sendAnalytics(out, env, id);
            long heartbeat = s.streamHeartbeat().toMillis();
            while (true) {
                StreamItem item = queue.poll(heartbeat, TimeUnit.MILLISECONDS);
                if (item == null) {
                    write(out, ": keep-alive\n\n");
                } else if (item instanceof StreamItem.Changed c) {
                    send(out, "journey", Map.of("journeyId", id, "version", c.version()));
                } else if (item instanceof StreamItem.Counts) {
                    if (!sendAnalytics(out, env, id)) {
                        return;
                    }
                } else {
                    return; // deleted, or the engine is stopping
                }
            }
        } catch (IOException gone) {
            // The client closed the stream: nothing to answer.
        } finally {
            sub.close();
        }
    }

    /** Sends the current analytics; false when the journey is gone. */
    private boolean sendAnalytics(OutputStream out, String env, String id) throws IOException {
        Optional<JourneyAnalytics> analytics =
                s.database()
                        .jdbi()
                        .withHandle(
                                h ->
                                        s.repositories()
                                                .journeys()
                                                .find(h, env, id)
                                                .map(j -> analytics(h, j)));
        if (analytics.isEmpty()) {
            return false;
        }
        send(out, "analytics", analytics.get());
        return true;
    }

    private JourneyAnalytics analytics(Handle h, StoredJourney j) {
        return s.repositories().analytics().analytics(h, j.id(), j.definition());
    }

    private Optional<StoredJourney> read(String env, String id) {
        return s.database().jdbi().withHandle(h -> s.repositories().journeys().find(h, env, id));
    }

    private static void send(OutputStream out, String event, Object data) throws IOException {
        write(out, "event: " + event + "\ndata: " + EngineJson.write(data) + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("no journey " + Quoted.of(id) + "");
    }
}

package com.ascendkit.journeys.engine.api.edge;

import com.ascendkit.journeys.engine.api.RequestBody;
import io.javalin.http.Handler;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a route's handler on a platform thread of a fixed pool, after its body has been read on the
 * request's virtual thread (within the body deadline), which then waits unmounted for the answer.
 *
 * <p>Why not on the virtual thread: H2 waits for a contended lock of its MVStore by spinning with
 * {@code Thread.yield()}, and virtual threads are not preempted: with two carriers, two spinning
 * handlers kept the transaction they waited for off the CPU until H2's 10 s lock timeout (a 500 in
 * 1 of 3 runs of {@code bench.jar clients}, none on platform threads). The database work is bounded
 * by the connection pool anyway; a slow body, a journey stream and {@code /v1/health} still hold no
 * platform thread (they are not handed over).
 */
public final class PlatformWork implements AutoCloseable {
    /**
     * Several times the connection pool (10), so a handler busy outside the database never waits.
     */
    public static final int THREADS = 64;

    private final ExecutorService pool;

    public PlatformWork() {
        AtomicInteger n = new AtomicInteger();
        this.pool =
                Executors.newFixedThreadPool(
                        THREADS,
                        r -> {
                            Thread t = new Thread(r, "journeys-work-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** {@code handler}, run on this pool when called on a virtual thread. */
    public Handler handOver(Handler handler) {
        return ctx -> {
            if (!Thread.currentThread().isVirtual()) {
                handler.handle(ctx);
                return;
            }
            RequestBody.bytes(ctx);
            Future<?> answer =
                    pool.submit(
                            () -> {
                                handler.handle(ctx);
                                return null;
                            });
            try {
                answer.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw e;
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

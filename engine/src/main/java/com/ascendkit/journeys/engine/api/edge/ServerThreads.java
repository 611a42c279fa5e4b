package com.ascendkit.journeys.engine.api.edge;

import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's threads: a small pool of platform threads for its selector and acceptor and, where the
 * JDK has virtual threads (21+), a virtual thread for every request handler, so that a slow body or
 * an open journey stream holds no platform thread. Jetty 11 runs its blocking tasks (the servlet,
 * hence every Javalin handler) on that executor and everything else on the pool.
 *
 * <p>Not Javalin's {@code useVirtualThreads}: that puts all of Jetty, its selector included, on
 * virtual threads, where a {@code Selector.select()} holds a carrier the whole time.
 */
public final class ServerThreads {
    /** Acceptor, selector and a few for Jetty's own non-blocking work. */
    static final int MIN_PLATFORM_THREADS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(ServerThreads.class);

    private ServerThreads() {}

    /** The pool for {@code cfg.jetty.threadPool}. */
    public static ThreadPool pool(int platformThreads) {
        QueuedThreadPool pool = new QueuedThreadPool(platformThreads, MIN_PLATFORM_THREADS, 60_000);
        pool.setName("journeys-http");
        if (VirtualThreads.areSupported()) {
            pool.setVirtualThreadsExecutor(VirtualThreads.getDefaultVirtualThreadsExecutor());
        } else {
            LOG.warn(
                    "this JDK ({}) has no virtual threads: every request in progress, an open"
                            + " journey stream included, holds one of {} platform threads",
                    Runtime.version(),
                    platformThreads);
        }
        return pool;
    }
}

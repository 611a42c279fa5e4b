package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.studio.connection.EngineConnection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The engine connection {@link Launcher} begins before JavaFX starts: starting the embedded engine
 * (opening and migrating its database, starting its HTTP server) takes longer than the toolkit
 * needs to show the window, so the two overlap instead of running one after the other. The window
 * then waits for this connection instead of beginning its own.
 */
final class EarlyConnection {
    private static volatile CompletableFuture<EngineConnection> started;

    private EarlyConnection() {}

    /** Begins {@code connect} on a daemon thread. Once per process; later calls do nothing. */
    static synchronized void begin(Supplier<EngineConnection> connect) {
        if (started != null) {
            return;
        }
        CompletableFuture<EngineConnection> future = new CompletableFuture<>();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                future.complete(connect.get());
                            } catch (RuntimeException | Error e) {
                                future.completeExceptionally(e);
                            }
                        },
                        "studio-early-connect");
        t.setDaemon(true);
        t.start();
        started = future;
    }

    /**
     * Waiting for the connection begun by {@link #begin}, else {@code otherwise}: blocks, throws
     * what the connecting threw.
     */
    static Supplier<EngineConnection> startedOr(Supplier<EngineConnection> otherwise) {
        CompletableFuture<EngineConnection> future = started;
        return future == null ? otherwise : awaiting(future);
    }

    /**
     * Waiting for {@code future}: what the connecting threw is thrown as it was, so the window
     * shows its message for the user (not a {@link CompletionException}'s).
     */
    static Supplier<EngineConnection> awaiting(CompletableFuture<EngineConnection> future) {
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        };
    }
}

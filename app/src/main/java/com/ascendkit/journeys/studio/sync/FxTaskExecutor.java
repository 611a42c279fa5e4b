package com.ascendkit.journeys.studio.sync;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The only class that hands results back to the FX thread. Background work runs on two daemon
 * threads (the engine session keeps its own calls in order; lists and catalogs may overlap with
 * it). {@link #runningProperty()} counts unfinished tasks, for a busy indicator and for tests.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService workers =
            Executors.newFixedThreadPool(2, r -> daemon(r, "studio-io-"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "studio-timer-"));
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

    private static Thread daemon(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void submit(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        onFx(() -> running.set(running.get() + 1));
        workers.execute(
                () -> {
                    Runnable handBack;
                    try {
                        T result = work.call();
                        handBack = () -> onSuccess.accept(result);
                    } catch (Exception | Error e) {
                        handBack = () -> onFailure.accept(e);
                    }
                    Runnable finalHandBack = handBack;
                    onFx(
                            () -> {
                                try {
                                    finalHandBack.run();
                                } finally {
                                    running.set(running.get() - 1);
                                }
                            });
                });
    }

    @Override
    public void post(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        if (timer.isShutdown()) {
            return () -> {}; // the window is closing: nothing more is scheduled
        }
        ScheduledFuture<?> future =
                timer.schedule(() -> onFx(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Unfinished background tasks (changes on the FX thread). */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }
}

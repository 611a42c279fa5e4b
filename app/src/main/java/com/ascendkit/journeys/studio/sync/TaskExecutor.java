package com.ascendkit.journeys.studio.sync;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the editor does background work (as JabRef's {@code TaskExecutor}): {@code work} runs
 * off the UI thread, and its result or failure is handed back on the UI thread. Tests use an
 * implementation that runs everything on the calling thread.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background, then one of the callbacks on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands {@code action} from another thread (an engine stream's, say) to the UI thread, after
     * the actions posted before it.
     */
    void post(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}; the result cancels it. */
    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}

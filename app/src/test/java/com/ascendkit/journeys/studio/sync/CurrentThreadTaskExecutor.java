package com.ascendkit.journeys.studio.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background work at once on the calling thread; scheduled actions wait until the test calls
 * {@link #runScheduled()}, so no test sleeps.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public <T> void submit(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** Runs at once, on the calling thread. */
    @Override
    public void post(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        scheduled.add(action);
        return () -> scheduled.remove(action);
    }

    /** Runs (and forgets) every scheduled action. */
    public void runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    public int scheduledCount() {
        return scheduled.size();
    }
}

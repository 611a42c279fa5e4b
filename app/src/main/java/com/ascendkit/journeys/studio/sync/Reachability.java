package com.ascendkit.journeys.studio.sync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether the engine answers. A call that finds it unreachable leaves here what to try again; this
 * retries all of them with a growing pause (1 s, 2 s, 4 s … 15 s), or at once on {@link
 * #retryNow()}. Nothing is dropped while the engine is away. UI thread only.
 */
public final class Reachability {
    private static final Duration MAX_PAUSE = Duration.ofSeconds(15);

    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Map<String, Runnable> retries = new LinkedHashMap<>();
    private TaskExecutor.Cancellable scheduled;
    private int failures;

    public Reachability(TaskExecutor executor) {
        this.executor = executor;
    }

    /** A call of {@code owner} was answered. */
    public void reachable(String owner) {
        retries.remove(owner);
        if (retries.isEmpty()) {
            failures = 0;
            online.set(true);
            message.set("");
            cancel();
        }
    }

    /** A call of {@code owner} got no answer; {@code retry} will be run again later. */
    public void unreachable(String owner, String why, Runnable retry) {
        retries.put(owner, retry);
        online.set(false);
        Duration pause = pause(failures++);
        message.set(
                "Cannot reach the engine ("
                        + why
                        + "). Your edits are kept; retrying in "
                        + pause.toSeconds()
                        + " s.");
        cancel();
        scheduled = executor.schedule(pause, this::retryNow);
    }

    /** Tries every waiting call again now. */
    public void retryNow() {
        cancel();
        if (retries.isEmpty()) {
            return;
        }
        message.set("Trying to reach the engine…");
        Map<String, Runnable> due = new LinkedHashMap<>(retries);
        retries.clear();
        due.values().forEach(Runnable::run);
    }

    static Duration pause(int failures) {
        long seconds = 1L << Math.min(failures, 4);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : d;
    }

    private void cancel() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

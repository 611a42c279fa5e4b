package com.ascendkit.journeys.engine.runtime.notify;

import java.time.Duration;

/** Runs a task later. The engine's is a scheduled executor; tests run tasks by hand. */
@FunctionalInterface
public interface Scheduler {
    void schedule(Runnable task, Duration delay);
}

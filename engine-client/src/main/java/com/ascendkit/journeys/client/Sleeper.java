package com.ascendkit.journeys.client;

import java.time.Duration;

/**
 * Waits between retries. Injectable so that tests record the delays instead of waiting them out.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}

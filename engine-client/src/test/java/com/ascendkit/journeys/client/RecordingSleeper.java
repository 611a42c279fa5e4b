package com.ascendkit.journeys.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the delays it was asked for and returns at once. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        delays.add(duration);
    }

    public List<Duration> delays() {
        return List.copyOf(delays);
    }
}

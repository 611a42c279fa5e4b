package com.ascendkit.journeys.engine.api.stream;

import com.ascendkit.journeys.engine.runtime.notify.JourneyListener;
import java.util.concurrent.BlockingQueue;

/** Hands notifications to a stream's writer thread; returns at once. Thread-safe. */
final class QueueListener implements JourneyListener {
    private final BlockingQueue<StreamItem> queue;

    QueueListener(BlockingQueue<StreamItem> queue) {
        this.queue = queue;
    }

    @Override
    public void journeyChanged(String journeyId, long version) {
        queue.add(new StreamItem.Changed(version));
    }

    @Override
    public void analyticsChanged(String journeyId) {
        queue.add(new StreamItem.Counts());
    }

    @Override
    public void journeyDeleted(String journeyId) {
        queue.add(new StreamItem.End());
    }

    @Override
    public void closed() {
        queue.add(new StreamItem.End());
    }
}

package com.ascendkit.journeys.engine.runtime.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process bus of journey change notifications, for the SSE stream. {@link #journeyChanged}
 * is delivered at once; {@link #analyticsChanged} is coalesced to at most one call per {@link
 * #ANALYTICS_INTERVAL} per journey (a busy journey changes counts thousands of times a second; a
 * browser needs a few refreshes). Callers notify after their transaction committed, so a listener
 * that reads on notification sees the change. Thread-safe.
 */
public final class JourneyEvents {
    /** At most one analytics notification per journey this often (the stream's contract). */
    public static final Duration ANALYTICS_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(JourneyEvents.class);

    private final Clock clock;
    private final Scheduler scheduler;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();

    /**
     * @param clock measures the coalescing interval (the engine passes a wall clock even when its
     *     journey clock is simulated: this is about how often a browser repaints)
     * @param scheduler runs the delayed delivery of a coalesced notification
     */
    public JourneyEvents(Clock clock, Scheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Registers {@code listener} for one journey until the returned subscription is closed. */
    public Subscription subscribe(String journeyId, JourneyListener listener) {
        Topic topic = topics.computeIfAbsent(journeyId, id -> new Topic());
        topic.listeners.add(listener);
        return () -> {
            topic.listeners.remove(listener);
            topics.computeIfPresent(journeyId, (id, t) -> t.listeners.isEmpty() ? null : t);
        };
    }

    public void journeyChanged(String journeyId, long version) {
        Topic topic = topics.get(journeyId);
        if (topic != null) {
            deliver(topic.listeners, l -> l.journeyChanged(journeyId, version));
        }
    }

    /** The journey was deleted: its listeners are told and dropped. */
    public void journeyDeleted(String journeyId) {
        Topic topic = topics.remove(journeyId);
        if (topic != null) {
            deliver(topic.listeners, l -> l.journeyDeleted(journeyId));
        }
    }

    /** The engine is stopping: every listener is told and dropped (streams end). */
    public void close() {
        for (String id : List.copyOf(topics.keySet())) {
            Topic topic = topics.remove(id);
            if (topic != null) {
                deliver(topic.listeners, JourneyListener::closed);
            }
        }
    }

    public void analyticsChanged(String journeyId) {
        Topic topic = topics.get(journeyId);
        if (topic == null) {
            return;
        }
        Duration wait;
        synchronized (topic) {
            if (topic.scheduled) {
                return; // a delivery is already on its way and will carry this change
            }
            Instant now = clock.instant();
            Duration since = topic.lastSent == null ? null : Duration.between(topic.lastSent, now);
            if (since == null || since.compareTo(ANALYTICS_INTERVAL) >= 0) {
                topic.lastSent = now;
                wait = null;
            } else {
                topic.scheduled = true;
                wait = ANALYTICS_INTERVAL.minus(since);
            }
        }
        if (wait == null) {
            deliver(topic.listeners, l -> l.analyticsChanged(journeyId));
        } else {
            scheduler.schedule(() -> flush(journeyId, topic), wait);
        }
    }

    private void flush(String journeyId, Topic topic) {
        synchronized (topic) {
            topic.scheduled = false;
            topic.lastSent = clock.instant();
        }
        deliver(topic.listeners, l -> l.analyticsChanged(journeyId));
    }

    private static void deliver(
            List<JourneyListener> listeners, java.util.function.Consumer<JourneyListener> call) {
        for (JourneyListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("a journey listener failed", e);
            }
        }
    }

    /** Ends a registration. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Topic {
        final List<JourneyListener> listeners = new CopyOnWriteArrayList<>();
        Instant lastSent;
        boolean scheduled;
    }
}

package com.ascendkit.journeys.engine.runtime.notify;

/**
 * Told about changes of one journey (for the {@code /stream} server-sent events). Called on the
 * thread that committed the change or on the bus's scheduler thread: implementations must return
 * quickly (hand the event to a queue) and must be thread-safe.
 */
public interface JourneyListener {
    /** The journey's definition or status changed; {@code version} is the new one. */
    void journeyChanged(String journeyId, long version);

    /** The journey's counters changed (coalesced: at most a few calls per second). */
    void analyticsChanged(String journeyId);

    /** The journey was deleted; nothing more comes for it. */
    default void journeyDeleted(String journeyId) {}

    /** The engine is stopping; nothing more comes. */
    default void closed() {}
}

package com.ascendkit.journeys.studio.sync;

/**
 * What the journey's event stream says, on a background thread: hand it to the UI thread with
 * {@link TaskExecutor#post}.
 */
public interface JourneyWatcher {

    /** Someone (this window included) changed the journey; it is now at {@code version}. */
    void journeyChanged(long version);

    /**
     * Counts changed (the engine sends this at most once a second): read the analytics again.
     * {@code failed} is the journey's failed total the event carries, -1 when it could not be read.
     */
    void analyticsChanged(long failed);

    /** The stream ended or broke; {@code reason} says why. */
    void ended(String reason);
}

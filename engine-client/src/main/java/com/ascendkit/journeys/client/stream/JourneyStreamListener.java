package com.ascendkit.journeys.client.stream;

import com.ascendkit.journeys.client.exception.EngineException;

/**
 * Receives the events of {@code GET /v1/journeys/{id}/stream}. Called on an OkHttp thread, one
 * event at a time in order; a UI hands them to its own thread. After {@link #onClosed()} or {@link
 * #onFailure} nothing more is called.
 */
public interface JourneyStreamListener {

    /** The engine accepted the subscription. */
    default void onOpen() {}

    /** A {@code journey} event: the journey changed and is now at {@code version} (-1: unsaid). */
    default void onJourneyChanged(long version) {}

    /** An {@code analytics} event: counts changed (coalesced); read the analytics again. */
    default void onAnalyticsChanged(ServerSentEvent event) {}

    /** Every event, the two above and any other, as received. */
    default void onEvent(ServerSentEvent event) {}

    /** The stream ended: the engine closed it, or the subscription was cancelled. */
    default void onClosed() {}

    /** The subscription was refused (e.g. 404) or the connection broke. */
    default void onFailure(EngineException error) {}
}

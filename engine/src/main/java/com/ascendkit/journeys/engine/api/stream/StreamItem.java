package com.ascendkit.journeys.engine.api.stream;

/** What the notification bus hands a stream's writer. */
sealed interface StreamItem {
    /** The journey is at {@code version} now. */
    record Changed(long version) implements StreamItem {}

    /** The counts changed (already coalesced by the bus). */
    record Counts() implements StreamItem {}

    /** Nothing more comes: the journey was deleted or the engine is stopping. */
    record End() implements StreamItem {}
}

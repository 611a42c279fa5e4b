package com.ascendkit.journeys.client.stream;

/** The cancel handle of a stream subscription. {@link #close()} is {@link #cancel()}. */
public interface Subscription extends AutoCloseable {

    /** Stops the stream; the listener gets {@code onClosed()}. Idempotent. */
    void cancel();

    boolean isCancelled();

    @Override
    default void close() {
        cancel();
    }
}

package com.ascendkit.journeys.engine.runtime.email;

import org.jdbi.v3.core.Handle;

/**
 * Told, inside the transaction that marks a message {@code failed}, that it will never be
 * delivered: the run-time marks the user failed with the reason in their path (rule 6).
 */
@FunctionalInterface
public interface DeliveryFailures {
    void deliveryFailed(Handle handle, OutboxMessage message, String reason);
}

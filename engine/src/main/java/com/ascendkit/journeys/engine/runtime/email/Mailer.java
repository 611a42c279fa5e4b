package com.ascendkit.journeys.engine.runtime.email;

/** Delivers one email somewhere (SMTP). Throws when the delivery failed and may be retried. */
@FunctionalInterface
public interface Mailer {
    void send(OutboxMessage message) throws Exception;
}

package com.ascendkit.journeys.engine.runtime.email;

import java.time.Instant;

/** One email of the outbox: a row of {@code email_outbox}. */
public record OutboxMessage(
        long id,
        String messageId,
        String environmentId,
        String journeyId,
        String userId,
        String node,
        int visitNo,
        String to,
        String from,
        String fromName,
        String subject,
        String html,
        String text,
        String status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        String lastError) {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String DELIVERED_LOCALLY = "delivered_locally";
    public static final String FAILED = "failed";
}

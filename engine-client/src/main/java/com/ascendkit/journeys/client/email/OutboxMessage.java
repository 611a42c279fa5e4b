package com.ascendkit.journeys.client.email;

import java.time.Instant;

/**
 * One email a {@code send_email} node produced. {@code messageId} is stable per (journey, user,
 * visit, node); {@code sentAt} is null until delivered.
 */
public record OutboxMessage(
        String messageId,
        String journeyId,
        String userId,
        String node,
        String to,
        String from,
        String subject,
        String status,
        Instant createdAt,
        Instant sentAt) {}

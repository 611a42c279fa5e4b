package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.runtime.steps.Steps;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox. Claims due messages ({@code FOR UPDATE SKIP LOCKED}, leased), sends each
 * outside any transaction, then records the outcome: {@code sent}; or a retry with exponential
 * backoff; or, after the last attempt, {@code failed} and the user failed. Without a {@link Mailer}
 * (no SMTP configured) messages are marked {@code delivered_locally} and stay readable in the
 * outbox. Delivery is at least once: a crash between sending and recording sends the message again,
 * with the same Message-ID. Thread-safe.
 */
public final class OutboxDispatcher implements AutoCloseable {
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Database db;
    private final Clock clock;
    private final Mailer mailer;
    private final RetryPolicy retry;
    private final DeliveryFailures failures;
    private final OutboxStore store;
    private final int batchSize;
    private final String claimer = "mailer-" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService executor;

    /**
     * @param mailer where to deliver, or null to mark messages {@code delivered_locally}
     */
    public OutboxDispatcher(
            Database db,
            Clock clock,
            OutboxStore store,
            Mailer mailer,
            RetryPolicy retry,
            DeliveryFailures failures,
            int batchSize) {
        this.db = db;
        this.clock = clock;
        this.store = store;
        this.mailer = mailer;
        this.retry = retry;
        this.failures = failures;
        this.batchSize = batchSize;
    }

    /** Delivers every message due now; returns how many were attempted. */
    public int dispatchDue() {
        int attempted = 0;
        while (true) {
            Instant now = clock.instant();
            if (mailer == null) {
                // Nothing leaves the engine, so claiming and marking are one transaction.
                int done =
                        Transactions.inTransaction(
                                db, h -> store.deliverLocally(h, now, batchSize));
                attempted += done;
                if (done < batchSize) {
                    return attempted;
                }
                continue;
            }
            List<OutboxMessage> batch =
                    Transactions.inTransaction(
                            db, h -> store.claim(h, now, claimer, LEASE, batchSize));
            for (OutboxMessage m : batch) {
                deliver(m);
            }
            attempted += batch.size();
            if (batch.size() < batchSize) {
                return attempted;
            }
        }
    }

    private void deliver(OutboxMessage m) {
        int attempts = m.attempts() + 1;
        if (mailer == null) {
            record(m, OutboxMessage.DELIVERED_LOCALLY, attempts, clock.instant(), null);
            return;
        }
        try {
            mailer.send(m);
            record(m, OutboxMessage.SENT, attempts, clock.instant(), null);
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("delivery of {} failed (attempt {}): {}", m.messageId(), attempts, error);
            if (attempts >= retry.maxAttempts()) {
                fail(m, attempts, error);
            } else {
                Instant next = clock.instant().plus(retry.delayAfter(attempts));
                Transactions.useTransaction(
                        db,
                        h ->
                                store.finish(
                                        h,
                                        m.id(),
                                        claimer,
                                        OutboxMessage.PENDING,
                                        attempts,
                                        next,
                                        null,
                                        error));
            }
        }
    }

    private void record(OutboxMessage m, String status, int attempts, Instant at, String error) {
        Transactions.useTransaction(
                db,
                h -> {
                    if (store.finish(h, m.id(), claimer, status, attempts, at, at, error)) {
                        Steps.delivered(h, List.of(m.id()), status, null, at);
                    }
                });
    }

    private void fail(OutboxMessage m, int attempts, String error) {
        Instant now = clock.instant();
        String reason =
                "email " + m.messageId() + " failed after " + attempts + " attempts: " + error;
        Transactions.useTransaction(
                db,
                h -> {
                    if (store.finish(
                            h, m.id(), claimer, OutboxMessage.FAILED, attempts, now, null, error)) {
                        Steps.delivered(h, List.of(m.id()), OutboxMessage.FAILED, reason, now);
                        failures.deliveryFailed(h, m, reason);
                    }
                });
    }

    /** Starts delivering in the background every {@code interval}. */
    public synchronized void start(Duration interval) {
        if (executor != null) {
            return;
        }
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "journey-outbox");
                            t.setDaemon(true);
                            return t;
                        });
        executor.scheduleWithFixedDelay(
                this::dispatchSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void dispatchSafely() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.error("outbox dispatch failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }
}

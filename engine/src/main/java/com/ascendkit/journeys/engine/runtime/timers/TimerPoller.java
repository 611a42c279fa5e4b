package com.ascendkit.journeys.engine.runtime.timers;

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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due timers. Claims them in batches ({@code FOR UPDATE SKIP LOCKED}, leased for {@link
 * #LEASE}), then fires a batch in one transaction, so that several engine processes sharing one
 * database fire every timer once. With the wall clock, {@link #start} polls in the background and
 * its first poll fires, in due order, the timers that fell due while the engine was stopped. With a
 * {@link SimulatedClock}, nothing polls: {@link #advance} fires timers as the clock moves.
 * Thread-safe.
 */
public final class TimerPoller implements AutoCloseable {
    /** How long a claim holds before another poller may take the timer (a crashed claimer). */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(TimerPoller.class);

    private final Database db;
    private final Clock clock;
    private final TimerStore store;
    private final TimerFiring firing;
    private final int batchSize;
    private final String claimer = "poller-" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService executor;

    public TimerPoller(
            Database db, Clock clock, TimerStore store, TimerFiring firing, int batchSize) {
        this.db = db;
        this.clock = clock;
        this.store = store;
        this.firing = firing;
        this.batchSize = batchSize;
    }

    /** Fires every timer due now, earliest first; returns how many moved a user. */
    public int fireDue() {
        int moved = 0;
        while (true) {
            Instant now = clock.instant();
            List<DueTimer> batch =
                    Transactions.inTransaction(
                            db, h -> store.claim(h, now, claimer, LEASE, batchSize));
            if (batch.isEmpty()) {
                return moved;
            }
            moved += fire(batch, t -> clock.instant());
        }
    }

    /**
     * Moves the simulated clock forward by {@code by}, firing every timer due until then in due
     * order, each as of its own due time (so timers that those moves schedule within the window
     * fire too), and returns when all are applied. Returns how many timers moved a user.
     */
    public synchronized int advance(Duration by) {
        if (!(clock instanceof SimulatedClock simulated)) {
            throw new IllegalStateException("the engine runs on the wall clock");
        }
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + by);
        }
        Instant target = simulated.instant().plus(by);
        int moved = 0;
        while (true) {
            List<DueTimer> batch =
                    Transactions.inTransaction(
                            db, h -> store.claim(h, target, claimer, LEASE, batchSize));
            if (batch.isEmpty()) {
                break;
            }
            moved +=
                    fire(
                            batch,
                            t -> {
                                simulated.moveTo(t.dueAt());
                                return t.dueAt();
                            });
        }
        simulated.moveTo(target);
        return moved;
    }

    /**
     * Fires a claimed batch (in one transaction, or several when it stops early); when that fails,
     * fires its timers one by one, so that one timer that cannot fire does not hold back the rest.
     */
    private int fire(List<DueTimer> batch, Function<DueTimer, Instant> at) {
        int moved = 0;
        List<DueTimer> rest = batch;
        try {
            TimerFiring.Fired fired = firing.fire(rest, claimer, at);
            moved += fired.moved();
            // What it did not take was given back, and is claimed again by the caller's loop.
            return moved;
        } catch (RuntimeException e) {
            LOG.warn("a batch of {} timers failed to fire; firing them one by one", rest.size(), e);
        }
        for (DueTimer timer : rest) {
            try {
                moved += firing.fire(List.of(timer), claimer, at).moved();
            } catch (RuntimeException e) {
                // The claim lapses after LEASE and the timer is tried again.
                LOG.error(
                        "timer {} of journey {} failed to fire", timer.id(), timer.journeyId(), e);
            }
        }
        return moved;
    }

    /** Starts polling every {@code interval} (wall clock only); the first poll runs at once. */
    public synchronized void start(Duration interval) {
        if (clock instanceof SimulatedClock) {
            throw new IllegalStateException("a simulated clock moves only by advance()");
        }
        if (executor != null) {
            return;
        }
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "journey-timers");
                            t.setDaemon(true);
                            return t;
                        });
        executor.scheduleWithFixedDelay(
                this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            int moved = fireDue();
            if (moved > 0) {
                // Debug: under steady load this is every poll. It shows which process did the work.
                LOG.debug("{} fired {} due timers", claimer, moved);
            }
        } catch (RuntimeException e) {
            LOG.error("timer poll failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
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

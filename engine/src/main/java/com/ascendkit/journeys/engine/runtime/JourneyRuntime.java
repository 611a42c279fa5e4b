package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.engine.runtime.actions.ActionRunner;
import com.ascendkit.journeys.engine.runtime.actions.QueuedActions;
import com.ascendkit.journeys.engine.runtime.directory.UserDirectory;
import com.ascendkit.journeys.engine.runtime.email.EmailComposer;
import com.ascendkit.journeys.engine.runtime.email.OutboxDispatcher;
import com.ascendkit.journeys.engine.runtime.email.OutboxQuery;
import com.ascendkit.journeys.engine.runtime.email.OutboxStore;
import com.ascendkit.journeys.engine.runtime.email.SenderResolver;
import com.ascendkit.journeys.engine.runtime.email.SmtpMailer;
import com.ascendkit.journeys.engine.runtime.email.TestSender;
import com.ascendkit.journeys.engine.runtime.events.EventProcessor;
import com.ascendkit.journeys.engine.runtime.internal.JourneyRows;
import com.ascendkit.journeys.engine.runtime.lifecycle.LifecycleHooks;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.people.JourneyPeople;
import com.ascendkit.journeys.engine.runtime.states.EmailFailures;
import com.ascendkit.journeys.engine.runtime.states.StateMachine;
import com.ascendkit.journeys.engine.runtime.states.StateStore;
import com.ascendkit.journeys.engine.runtime.states.TimerTransitions;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.runtime.timers.TimerFiring;
import com.ascendkit.journeys.engine.runtime.timers.TimerPoller;
import com.ascendkit.journeys.engine.runtime.timers.TimerStore;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journey run-time: events, timers, actions, the email outbox, users, and the hooks the journey
 * API calls. Made by {@link #builder}; {@link #start} starts the background timer poller (wall
 * clock only) and the outbox dispatcher; {@link #close} stops them (the database stays open: the
 * engine owns it). Thread-safe.
 */
public final class JourneyRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JourneyRuntime.class);
    private final RuntimeSettings settings;
    private final EventProcessor events;
    private final UserDirectory users;
    private final OutboxQuery outbox;
    private final JourneyPeople people;
    private final LifecycleHooks hooks;
    private final JourneyEvents notifications;
    private final TimerPoller timers;
    private final TimerFiring timerFiring;
    private final OutboxDispatcher dispatcher;
    private final ScheduledExecutorService notifier;
    private final Database db;
    private final TimerStore timerStore;
    private final OutboxStore outboxStore;
    private final TestSender testSender;

    JourneyRuntime(Database db, RuntimeSettings settings) {
        this.settings = settings;
        this.db = db;
        Clock clock = settings.clock();
        this.notifier =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "journey-notify");
                            t.setDaemon(true);
                            return t;
                        });
        this.notifications =
                new JourneyEvents(
                        Clock.systemUTC(),
                        (task, delay) ->
                                notifier.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
        UserStore userStore = new UserStore(db.dialect());
        this.outboxStore = new OutboxStore(db.dialect());
        this.timerStore = new TimerStore(db.dialect());
        QueuedActions queue = new QueuedActions();
        JourneyRows journeyRows = new JourneyRows(db.dialect());
        SenderResolver senders = new SenderResolver(settings.defaultSender());
        ActionRunner actions = new ActionRunner(userStore, new EmailComposer(senders, outboxStore));
        StateMachine machine =
                new StateMachine(new StateStore(db.dialect()), timerStore, actions, queue);
        this.events = new EventProcessor(db, clock, userStore, journeyRows, machine, notifications);
        this.users =
                new UserDirectory(db, clock, userStore, machine, queue, outboxStore, notifications);
        this.outbox = new OutboxQuery(db);
        this.people = new JourneyPeople(db);
        this.hooks =
                new LifecycleHooks(
                        clock,
                        db.dialect(),
                        journeyRows,
                        machine,
                        timerStore,
                        queue,
                        actions,
                        notifications);
        this.timerFiring =
                new TimerTransitions(
                        db, journeyRows, userStore, timerStore, machine, notifications);
        this.timers =
                new TimerPoller(db, clock, timerStore, timerFiring, settings.timerBatchSize());
        SmtpMailer mailer = settings.smtp() == null ? null : new SmtpMailer(settings.smtp());
        this.testSender = new TestSender(db, clock, settings.smtp(), mailer, senders, outboxStore);
        this.dispatcher =
                new OutboxDispatcher(
                        db,
                        clock,
                        outboxStore,
                        mailer,
                        settings.retryPolicy(),
                        new EmailFailures(clock, db.dialect(), userStore, machine, notifications),
                        settings.outboxBatchSize());
    }

    public static RuntimeSettings.Builder builder(Database db) {
        return new RuntimeSettings.Builder(db);
    }

    /** Starts the background work: the timer poller (wall clock) and the outbox dispatcher. */
    public void start() {
        if (!(settings.clock() instanceof SimulatedClock)) {
            timers.start(settings.timerPollInterval());
        }
        dispatcher.start(settings.outboxPollInterval());
    }

    /**
     * Takes back every claim on timers and emails, so that what a dead process had claimed is fired
     * and sent now rather than when its lease ends. Call it before {@link #start} and only when no
     * other process or run-time can be using the database: the engine does for an embedded H2 file,
     * which one process opens at a time. A send in flight at the crash is sent again, with the same
     * Message-ID.
     */
    public void releaseClaims() {
        int[] released =
                Transactions.inTransaction(
                        db,
                        h ->
                                new int[] {
                                    timerStore.releaseAllClaims(h), outboxStore.releaseAllClaims(h)
                                });
        if (released[0] + released[1] > 0) {
            LOG.info(
                    "took back {} timer and {} email claims of a process that stopped",
                    released[0],
                    released[1]);
        }
    }

    /** {@code /v1/events/*}. */
    public EventProcessor events() {
        return events;
    }

    /** {@code /v1/users/*}. */
    public UserDirectory users() {
        return users;
    }

    /** {@code GET /v1/journeys/{id}/users} and {@code …/users/{userId}/path}. */
    public JourneyPeople people() {
        return people;
    }

    /** {@code GET /v1/email/outbox}. */
    public OutboxQuery outbox() {
        return outbox;
    }

    /** What the journey API calls inside its transactions. */
    public JourneyRuntimeHooks hooks() {
        return hooks;
    }

    /** Test sends of templates ({@code POST /v1/email/templates/{slug}/test}). */
    public TestSender testSender() {
        return testSender;
    }

    /** The change notifications for {@code /v1/journeys/{id}/stream}. */
    public JourneyEvents notifications() {
        return notifications;
    }

    public TimerPoller timers() {
        return timers;
    }

    /** Fires one claimed timer (what the poller does per timer); for diagnostics and tests. */
    public TimerFiring timerFiring() {
        return timerFiring;
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    /** The simulated clock, when the engine runs on one ({@code /v1/dev/clock} exists then). */
    public Optional<SimulatedClock> simulatedClock() {
        return settings.clock() instanceof SimulatedClock s ? Optional.of(s) : Optional.empty();
    }

    /**
     * {@code POST /v1/dev/clock {"advance": …}}: moves the simulated clock, firing due timers;
     * returns how many moved a user. Throws {@link IllegalStateException} on the wall clock (the
     * handler answers 404 then; check {@link #simulatedClock()} first).
     */
    public int advanceClock(Duration by) {
        return timers.advance(by);
    }

    @Override
    public void close() {
        timers.close();
        dispatcher.close();
        notifier.shutdownNow();
    }
}

package com.ascendkit.journeys.engine.runtime.events;

import com.ascendkit.journeys.engine.runtime.actions.ActionRunner;
import com.ascendkit.journeys.engine.runtime.internal.JourneyRows;
import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.states.StateMachine;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.steps.Cause;
import com.ascendkit.journeys.engine.runtime.users.UserIds;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Scalars;
import com.ascendkit.journeys.model.Transition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Applies events (rules 1 and 3). A call applies its events, in order, in one transaction that
 * first locks their users: when it returns, the enrollments, moves, actions (outbox rows) and
 * counters of every accepted event are committed. An event is refused (before anything is written)
 * when it cannot be read; the others of its batch still apply. The event's {@code timestamp} is
 * accepted for the record but not used: state times come from the engine's clock, so a late or
 * skewed client clock cannot rewrite a user's path or timers. Each call runs in a transaction of
 * its own, or on a handle passed in whose transaction the caller holds (the HTTP call's, so that
 * its {@code Idempotency-Key} is recorded in the same commit).
 *
 * <p>Per journey (in id order): if the event enrolls the user (an active journey whose entry event
 * it is, every entry condition strictly equal, and no state yet or the restart policy), it enrolls
 * them and does not also move them there; otherwise, if the user is active in the journey (active
 * or paused), the first matching event transition of their node moves them. With {@code skip}, a
 * repeated entry event is ignored for enrollment but can still move the user. Thread-safe.
 */
public final class EventProcessor {
    private final Database db;
    private final Clock clock;
    private final UserStore users;
    private final JourneyRows journeys;
    private final StateMachine machine;
    private final JourneyEvents events;

    public EventProcessor(
            Database db,
            Clock clock,
            UserStore users,
            JourneyRows journeys,
            StateMachine machine,
            JourneyEvents events) {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.journeys = journeys;
        this.machine = machine;
        this.events = events;
    }

    /** An event that could be read: its user, the name it is recorded as, its properties. */
    private record Readable(String userId, String event, Map<String, Object> properties) {}

    /**
     * {@code POST /v1/events/track}: an application event, recorded with the {@code app.} prefix;
     * in a transaction of its own.
     */
    public EventOutcome track(
            String environmentId,
            String userId,
            String event,
            Map<String, Object> properties,
            Instant timestamp) {
        return Transactions.inTransaction(
                db, h -> track(h, environmentId, userId, event, properties, timestamp));
    }

    /** As {@link #track(String, String, String, Map, Instant)}, in the caller's transaction. */
    public EventOutcome track(
            Handle h,
            String environmentId,
            String userId,
            String event,
            Map<String, Object> properties,
            Instant timestamp) {
        Readable e = read(new BatchEvent("track", userId, event, properties, timestamp));
        return apply(h, environmentId, List.of(e)).get(0);
    }

    /**
     * {@code POST /v1/events/system}: one of the five built-in events; in a transaction of its own.
     */
    public EventOutcome system(
            String environmentId, String userId, String event, Map<String, Object> properties) {
        return Transactions.inTransaction(
                db, h -> system(h, environmentId, userId, event, properties));
    }

    /** As {@link #system(String, String, String, Map)}, in the caller's transaction. */
    public EventOutcome system(
            Handle h,
            String environmentId,
            String userId,
            String event,
            Map<String, Object> properties) {
        Readable e = read(new BatchEvent("system", userId, event, properties, null));
        return apply(h, environmentId, List.of(e)).get(0);
    }

    /**
     * {@code POST /v1/events/batch}: up to {@link BatchSplit#MAX_EVENTS} events applied in order in
     * one transaction of their own, each accepted or refused on its own.
     */
    public List<BatchResult> batch(String environmentId, List<BatchEvent> batch) {
        BatchSplit<Readable, InvalidInputException> split = split(batch);
        return Transactions.inTransaction(db, h -> batch(h, environmentId, split));
    }

    /** As {@link #batch(String, List)}, in the caller's transaction. */
    public List<BatchResult> batch(Handle h, String environmentId, List<BatchEvent> batch) {
        return batch(h, environmentId, split(batch));
    }

    private static BatchSplit<Readable, InvalidInputException> split(List<BatchEvent> batch) {
        return BatchSplit.of(
                batch == null ? List.of() : batch,
                InvalidInputException.class,
                EventProcessor::read);
    }

    private List<BatchResult> batch(
            Handle h, String environmentId, BatchSplit<Readable, InvalidInputException> split) {
        List<EventOutcome> outcomes =
                split.read().isEmpty() ? List.of() : apply(h, environmentId, split.read());
        return split.merge(
                outcomes,
                (i, outcome) -> new BatchResult(i, outcome, null),
                (i, refusal) -> new BatchResult(i, null, refusal));
    }

    private static Readable read(BatchEvent e) {
        if ("track".equals(e.kind())) {
            return new Readable(
                    UserIds.require(e.userId()), EventNames.app(e.event()), props(e.properties()));
        }
        if ("system".equals(e.kind())) {
            return new Readable(
                    UserIds.require(e.userId()),
                    EventNames.system(e.event()),
                    props(e.properties()));
        }
        throw new InvalidInputException(
                "kind", "invalid kind " + Quoted.of(e.kind()) + ": use track or system");
    }

    /** Applies read events in order on {@code h}, which holds the transaction. */
    private List<EventOutcome> apply(Handle h, String environmentId, List<Readable> batch) {
        Set<String> userIds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        batch.forEach(
                e -> {
                    userIds.add(e.userId());
                    names.add(e.event());
                });
        RunContext base = RunContext.buffered(h, clock.instant(), db.dialect());
        Set<String> created = new HashSet<>();
        users.ensureAndLock(h, environmentId, userIds, base.now(), created)
                .values()
                .forEach(u -> ActionRunner.remember(base, u));
        Map<String, Map<String, UserState>> states = new HashMap<>();
        Set<String> active = new HashSet<>();
        for (UserState s : machine.states().ofUsers(h, environmentId, userIds)) {
            states.computeIfAbsent(s.userId(), u -> new HashMap<>()).put(s.journeyId(), s);
            if (s.isActive()) {
                active.add(s.journeyId());
            }
        }
        List<LiveJourney> candidates = journeys.forEvents(h, environmentId, names, active);
        List<EventOutcome> outcomes = new ArrayList<>();
        for (Readable e : batch) {
            Map<String, UserState> mine = states.computeIfAbsent(e.userId(), u -> new HashMap<>());
            outcomes.add(
                    one(base.at(clock.instant()), candidates, e, mine, created.remove(e.userId())));
        }
        base.finish(events);
        return outcomes;
    }

    /** One event of the transaction; {@code states} (the user's, by journey) is kept current. */
    private EventOutcome one(
            RunContext run,
            List<LiveJourney> candidates,
            Readable e,
            Map<String, UserState> states,
            boolean created) {
        List<String> enrolled = new ArrayList<>();
        List<EventOutcome.Move> moves = new ArrayList<>();
        for (LiveJourney j : candidates) {
            UserState s = states.get(j.id());
            boolean activeHere = s != null && s.isActive();
            if (enrolls(j, s, e.event(), e.properties())) {
                states.put(
                        j.id(),
                        machine.enroll(
                                run,
                                j,
                                e.userId(),
                                Optional.ofNullable(s),
                                Cause.event(e.event(), e.properties())));
                enrolled.add(j.id());
            } else if (activeHere && j.moves()) {
                Optional<Transition> t = machine.eventTransition(j, s, e.event(), e.properties());
                if (t.isPresent()) {
                    states.put(
                            j.id(),
                            machine.move(
                                    run, j, s, t.get(), Cause.event(e.event(), e.properties())));
                    moves.add(
                            new EventOutcome.Move(j.id(), t.get().name(), s.node(), t.get().to()));
                }
            }
        }
        return new EventOutcome(e.event(), created, enrolled, moves);
    }

    private static boolean enrolls(
            LiveJourney j, UserState s, String event, Map<String, Object> props) {
        return j.status() == JourneyStatus.ACTIVE
                && event.equals(j.definition().entryEvent())
                && Scalars.allMatch(j.definition().entryConditions(), props)
                && (s == null || j.definition().reEntryPolicy() == ReEntryPolicy.RESTART);
    }

    private static Map<String, Object> props(Map<String, Object> properties) {
        return properties == null ? Map.of() : properties;
    }
}

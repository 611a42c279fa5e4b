package com.ascendkit.journeys.engine.runtime.events;

import com.ascendkit.journeys.engine.runtime.internal.JourneyRows;
import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.states.StateMachine;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.users.UserIds;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Scalars;
import com.ascendkit.journeys.model.Transition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies events (rules 1 and 3), each in one transaction that first locks the user: when this
 * returns, the enrollments, moves, actions (outbox rows) and counters of the event are committed.
 * The event's {@code timestamp} is accepted for the record but not used: state times come from the
 * engine's clock, so a late or skewed client clock cannot rewrite a user's path or timers.
 *
 * <p>Per journey (in id order): if the event enrolls the user (an active journey whose entry event
 * it is, every entry condition strictly equal, and no state yet or the restart policy), it enrolls
 * them and does not also move them there; otherwise, if the user is active in the journey (active
 * or paused), the first matching event transition of their node moves them. With {@code skip}, a
 * repeated entry event is ignored for enrollment but can still move the user. Thread-safe.
 */
public final class EventProcessor {
    public static final int MAX_BATCH = 1000;

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

    /**
     * {@code POST /v1/events/track}: an application event, recorded with the {@code app.} prefix.
     */
    public EventOutcome track(
            String environmentId,
            String userId,
            String event,
            Map<String, Object> properties,
            Instant timestamp) {
        return apply(environmentId, UserIds.require(userId), EventNames.app(event), properties);
    }

    /** {@code POST /v1/events/system}: one of the five built-in events. */
    public EventOutcome system(
            String environmentId, String userId, String event, Map<String, Object> properties) {
        return apply(environmentId, UserIds.require(userId), EventNames.system(event), properties);
    }

    /**
     * {@code POST /v1/events/batch}: up to {@link #MAX_BATCH} events applied in order, each
     * accepted (committed) or refused on its own.
     */
    public List<BatchResult> batch(String environmentId, List<BatchEvent> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new InvalidInputException("events", "'events' must list at least one event");
        }
        if (batch.size() > MAX_BATCH) {
            throw new InvalidInputException(
                    "events",
                    "too many events in one batch: "
                            + batch.size()
                            + " (at most "
                            + MAX_BATCH
                            + ")");
        }
        List<BatchResult> results = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            BatchEvent e = batch.get(i);
            try {
                results.add(new BatchResult(i, one(environmentId, e), null));
            } catch (InvalidInputException refused) {
                results.add(new BatchResult(i, null, refused));
            }
        }
        return results;
    }

    private EventOutcome one(String environmentId, BatchEvent e) {
        if ("track".equals(e.kind())) {
            return track(environmentId, e.userId(), e.event(), e.properties(), e.timestamp());
        }
        if ("system".equals(e.kind())) {
            return system(environmentId, e.userId(), e.event(), e.properties());
        }
        throw new InvalidInputException(
                "kind", "invalid kind '" + e.kind() + "': use track or system");
    }

    private EventOutcome apply(
            String environmentId, String userId, String event, Map<String, Object> properties) {
        Map<String, Object> props = properties == null ? Map.of() : properties;
        return Transactions.inTransaction(
                db,
                h -> {
                    RunContext run = new RunContext(h, clock.instant(), db.dialect());
                    boolean created = users.ensure(h, environmentId, userId, run.now());
                    users.lock(h, environmentId, userId);
                    Map<String, UserState> states = new HashMap<>();
                    for (UserState s : machine.states().ofUser(h, environmentId, userId)) {
                        states.put(s.journeyId(), s);
                    }
                    Set<String> active =
                            states.values().stream()
                                    .filter(UserState::isActive)
                                    .map(UserState::journeyId)
                                    .collect(Collectors.toSet());
                    List<String> enrolled = new ArrayList<>();
                    List<EventOutcome.Move> moves = new ArrayList<>();
                    for (LiveJourney j : journeys.forEvent(h, environmentId, event, active)) {
                        UserState s = states.get(j.id());
                        if (enrolls(j, s, event, props)) {
                            machine.enroll(run, j, userId, Optional.ofNullable(s));
                            enrolled.add(j.id());
                        } else if (s != null && s.isActive() && j.moves()) {
                            Optional<Transition> t = machine.eventTransition(j, s, event, props);
                            if (t.isPresent()) {
                                machine.move(run, j, s, t.get());
                                moves.add(
                                        new EventOutcome.Move(
                                                j.id(), t.get().name(), s.node(), t.get().to()));
                            }
                        }
                    }
                    run.finish(events);
                    return new EventOutcome(event, created, enrolled, moves);
                });
    }

    private static boolean enrolls(
            LiveJourney j, UserState s, String event, Map<String, Object> props) {
        return j.status() == JourneyStatus.ACTIVE
                && event.equals(j.definition().entryEvent())
                && Scalars.allMatch(j.definition().entryConditions(), props)
                && (s == null || j.definition().reEntryPolicy() == ReEntryPolicy.RESTART);
    }
}

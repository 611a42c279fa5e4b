package com.ascendkit.journeys.engine.runtime.states;

import com.ascendkit.journeys.engine.runtime.actions.ActionRunner;
import com.ascendkit.journeys.engine.runtime.internal.JourneyRows;
import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.steps.Cause;
import com.ascendkit.journeys.engine.runtime.timers.DueTimer;
import com.ascendkit.journeys.engine.runtime.timers.TimerFiring;
import com.ascendkit.journeys.engine.runtime.timers.TimerStore;
import com.ascendkit.journeys.engine.runtime.users.UserProfile;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Fires claimed timers, a batch in one transaction. Locks the users first (the order every run-time
 * transaction uses), then re-checks each timer: it is still ours, the user is still in the visit it
 * was set for (rule 3: if an event moved them first, the timer no longer applies), and its
 * transition still leaves their node as a timer. Thread-safe.
 */
public final class TimerTransitions implements TimerFiring {
    private record Owner(String journeyId, String userId) {}

    private final Database db;
    private final JourneyRows journeys;
    private final UserStore users;
    private final TimerStore timers;
    private final StateMachine machine;
    private final JourneyEvents events;

    public TimerTransitions(
            Database db,
            JourneyRows journeys,
            UserStore users,
            TimerStore timers,
            StateMachine machine,
            JourneyEvents events) {
        this.db = db;
        this.journeys = journeys;
        this.users = users;
        this.timers = timers;
        this.machine = machine;
        this.events = events;
    }

    @Override
    public Fired fire(List<DueTimer> due, String claimer, Function<DueTimer, Instant> at) {
        return Transactions.inTransaction(
                db,
                h -> {
                    RunContext base = RunContext.buffered(h, due.get(0).dueAt(), db.dialect());
                    Set<Owner> present = lockUsers(h, base, due);
                    Map<String, LiveJourney> byId =
                            journeys
                                    .byIds(
                                            h,
                                            due.stream()
                                                    .map(DueTimer::journeyId)
                                                    .collect(Collectors.toSet()))
                                    .stream()
                                    .collect(Collectors.toMap(LiveJourney::id, j -> j));
                    Set<Long> ours =
                            timers.lockClaimed(h, due.stream().map(DueTimer::id).toList(), claimer);
                    Map<Owner, UserState> states = states(h, due);
                    int taken = 0;
                    int moved = 0;
                    for (DueTimer timer : due) {
                        Instant scheduled = timers.earliestScheduled(base);
                        if (taken > 0 && scheduled != null && scheduled.isBefore(timer.dueAt())) {
                            break; // a timer set by this batch comes first: fire it next round
                        }
                        taken++;
                        if (!ours.contains(timer.id())) {
                            continue; // fired or dropped meanwhile, or taken over after our lease
                        }
                        RunContext run = base.at(at.apply(timer));
                        timers.delete(run, timer.id());
                        Owner owner = new Owner(timer.journeyId(), timer.userId());
                        Optional<Transition> t =
                                applicable(timer, byId.get(timer.journeyId()), states.get(owner));
                        if (present.contains(owner) && t.isPresent()) {
                            LiveJourney j = byId.get(timer.journeyId());
                            states.put(
                                    owner,
                                    machine.move(
                                            run,
                                            j,
                                            states.get(owner),
                                            t.get(),
                                            Cause.timer(timer.dueAt())));
                            moved++;
                        }
                    }
                    if (taken < due.size()) {
                        timers.unclaim(
                                base.handle(),
                                due.subList(taken, due.size()).stream().map(DueTimer::id).toList(),
                                claimer);
                    }
                    base.finish(events);
                    return new Fired(taken, moved);
                });
    }

    /** The timer's transition, if the user is still where the timer was set for. */
    private static Optional<Transition> applicable(DueTimer timer, LiveJourney j, UserState state) {
        if (j == null || !j.moves() || state == null) {
            return Optional.empty();
        }
        if (!state.isActive() || state.visitNo() != timer.visitNo()) {
            return Optional.empty();
        }
        return j.transition(timer.transition())
                .filter(t -> t.from().equals(state.node()))
                .filter(t -> t.trigger() instanceof Trigger.Timer);
    }

    /** Locks the timers' users, environment by environment; returns those that exist. */
    private Set<Owner> lockUsers(Handle h, RunContext base, List<DueTimer> due) {
        Set<String> present = new HashSet<>();
        usersByEnvironment(due)
                .forEach(
                        (env, ids) -> {
                            for (UserProfile u : users.lockAll(h, env, ids).values()) {
                                ActionRunner.remember(base, u);
                                present.add(env + '\u0000' + u.userId());
                            }
                        });
        Set<Owner> owners = new HashSet<>();
        for (DueTimer t : due) {
            if (present.contains(t.environmentId() + '\u0000' + t.userId())) {
                owners.add(new Owner(t.journeyId(), t.userId()));
            }
        }
        return owners;
    }

    private Map<Owner, UserState> states(Handle h, List<DueTimer> due) {
        Map<Owner, UserState> states = new HashMap<>();
        usersByEnvironment(due)
                .forEach(
                        (env, ids) -> {
                            for (UserState s : machine.states().ofUsers(h, env, ids)) {
                                states.put(new Owner(s.journeyId(), s.userId()), s);
                            }
                        });
        return states;
    }

    /** The timers' users by environment, both in order (the lock order). */
    private static Map<String, Set<String>> usersByEnvironment(List<DueTimer> due) {
        Map<String, Set<String>> byEnvironment = new TreeMap<>();
        due.forEach(
                t ->
                        byEnvironment
                                .computeIfAbsent(t.environmentId(), e -> new TreeSet<>())
                                .add(t.userId()));
        return byEnvironment;
    }
}

package com.ascendkit.journeys.engine.runtime.states;

import com.ascendkit.journeys.engine.runtime.internal.JourneyRows;
import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.timers.DueTimer;
import com.ascendkit.journeys.engine.runtime.timers.TimerFiring;
import com.ascendkit.journeys.engine.runtime.timers.TimerStore;
import com.ascendkit.journeys.engine.runtime.users.UserStore;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.time.Instant;
import java.util.Optional;

/**
 * Fires a claimed timer in its own transaction. Locks the user first (the order every run-time
 * transaction uses), then re-checks everything: the timer is still ours, the user is still in the
 * visit it was set for (rule 3: if an event moved them first, the timer no longer applies), and its
 * transition still leaves their node as a timer. Thread-safe.
 */
public final class TimerTransitions implements TimerFiring {
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
    public boolean fire(DueTimer timer, String claimer, Instant at) {
        return Transactions.inTransaction(
                db,
                h -> {
                    RunContext run = new RunContext(h, at, db.dialect());
                    boolean userExists =
                            users.lock(h, timer.environmentId(), timer.userId()).isPresent();
                    Optional<LiveJourney> journey = journeys.byId(h, timer.journeyId());
                    if (timers.lockClaimed(h, timer.id(), claimer).isEmpty()) {
                        return false; // fired or dropped meanwhile, or taken over after our lease
                    }
                    timers.delete(h, timer.id());
                    if (!userExists || journey.isEmpty() || !journey.get().moves()) {
                        return false;
                    }
                    LiveJourney j = journey.get();
                    Optional<UserState> state = machine.states().find(h, j.id(), timer.userId());
                    if (state.isEmpty()
                            || !state.get().isActive()
                            || state.get().visitNo() != timer.visitNo()) {
                        return false;
                    }
                    Optional<Transition> transition =
                            j.transition(timer.transition())
                                    .filter(t -> t.from().equals(state.get().node()))
                                    .filter(t -> t.trigger() instanceof Trigger.Timer);
                    if (transition.isEmpty()) {
                        return false;
                    }
                    machine.move(run, j, state.get(), transition.get());
                    run.finish(events);
                    return true;
                });
    }
}

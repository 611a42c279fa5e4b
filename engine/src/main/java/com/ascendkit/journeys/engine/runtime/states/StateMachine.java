package com.ascendkit.journeys.engine.runtime.states;

import com.ascendkit.journeys.engine.runtime.actions.ActionRunner;
import com.ascendkit.journeys.engine.runtime.actions.QueuedActions;
import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.steps.Cause;
import com.ascendkit.journeys.engine.runtime.steps.Steps;
import com.ascendkit.journeys.engine.runtime.timers.TimerStore;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The run-time rules applied to one user in one journey, inside the caller's transaction (which
 * holds the user's row lock): enroll, enter a node (run its action or queue it while paused,
 * complete on a terminal node, schedule its timers), move along a transition, and end a state as
 * completed, failed or exited. Every change updates the path and the analytics counters. Stateless,
 * thread-safe.
 */
public final class StateMachine {
    private final StateStore states;
    private final TimerStore timers;
    private final ActionRunner actions;
    private final QueuedActions queue;

    public StateMachine(
            StateStore states, TimerStore timers, ActionRunner actions, QueuedActions queue) {
        this.states = states;
        this.timers = timers;
        this.actions = actions;
        this.queue = queue;
    }

    public StateStore states() {
        return states;
    }

    /**
     * Enrolls the user at the entry node; a previous state of theirs ({@code previous}, when
     * present) is ended as exited first when still active (the restart policy).
     */
    public UserState enroll(
            RunContext run,
            LiveJourney j,
            String userId,
            Optional<UserState> previous,
            Cause cause) {
        int lastVisit = 0;
        if (previous.isPresent()) {
            UserState old = previous.get();
            if (old.isActive()) {
                end(run, old, UserState.EXITED, "re-entered (restart)");
            }
            lastVisit = old.visitNo();
        }
        run.counters().enrolled(j.id());
        String entry = j.definition().entryNode();
        UserState first =
                new UserState(
                        j.id(),
                        j.environmentId(),
                        userId,
                        UserState.ACTIVE,
                        entry,
                        run.now(),
                        lastVisit + 1);
        if (previous.isPresent()) {
            states.restart(run, first, run.now());
        } else {
            states.insert(run, first, run.now());
        }
        Steps.entered(run, place(first), cause);
        return arrive(run, j, first);
    }

    /** The first event transition of the user's node that the event fires, if any. */
    public Optional<Transition> eventTransition(
            LiveJourney j, UserState s, String event, Map<String, Object> properties) {
        return j.eventsFrom(s.node()).stream()
                .filter(t -> ((Trigger.Event) t.trigger()).matches(event, properties))
                .findFirst();
    }

    /** Moves the user along {@code t} (which leaves their current node) because of {@code c}. */
    public UserState move(RunContext run, LiveJourney j, UserState s, Transition t, Cause c) {
        Steps.moved(run, place(s), t.name(), t.to(), c);
        leave(run, s, t.name(), "moved", null);
        run.counters().transitionFired(j.id(), t.name());
        return enter(run, j, s, t.to());
    }

    /** Moves the user to {@code node} without a transition (their node is being removed). */
    public UserState relocate(RunContext run, LiveJourney j, UserState s, String node, String why) {
        Steps.relocated(run, place(s), node, why);
        leave(run, s, null, "moved", why);
        return enter(run, j, s, node);
    }

    /** Ends an active state: {@code outcome} is completed, failed or exited. */
    public UserState end(RunContext run, UserState s, String outcome, String reason) {
        leave(run, s, null, outcome, reason);
        Steps.ended(run, place(s), outcome, reason);
        run.counters().ended(s.journeyId(), outcome);
        UserState ended =
                new UserState(
                        s.journeyId(),
                        s.environmentId(),
                        s.userId(),
                        outcome,
                        s.node(),
                        s.enteredAt(),
                        s.visitNo());
        states.update(run, ended, run.now());
        return ended;
    }

    /**
     * An action of visit {@code visitNo} failed after the user may have moved on (a queued action
     * run at activate, an email that kept failing): the reason goes on that visit, and the user, if
     * still active in the journey, is failed.
     */
    public void failVisit(
            RunContext run, String journeyId, String userId, int visitNo, String why) {
        Optional<UserState> found = states.find(run.handle(), journeyId, userId);
        if (found.isEmpty()) {
            return;
        }
        UserState s = found.get();
        if (s.isActive() && s.visitNo() == visitNo) {
            end(run, s, UserState.FAILED, why);
            return;
        }
        states.noteFailure(run.handle(), journeyId, userId, visitNo, why);
        if (s.isActive()) {
            end(run, s, UserState.FAILED, why);
        }
    }

    private UserState enter(RunContext run, LiveJourney j, UserState from, String node) {
        UserState next =
                new UserState(
                        j.id(),
                        j.environmentId(),
                        from.userId(),
                        UserState.ACTIVE,
                        node,
                        run.now(),
                        from.visitNo() + 1);
        states.update(run, next, run.now());
        return arrive(run, j, next);
    }

    /** Rule 2, after the state row says the user is in {@code s.node()}. */
    private UserState arrive(RunContext run, LiveJourney j, UserState s) {
        states.openVisit(run, s);
        run.counters().nodeEntered(j.id(), s.node());
        Optional<Node> node = j.node(s.node());
        if (node.isEmpty()) {
            return end(run, s, UserState.FAILED, "node " + Quoted.of(s.node()) + " does not exist");
        }
        if (j.status() == JourneyStatus.PAUSED) {
            queue.add(run.handle(), j.id(), s.userId(), s.visitNo(), s.node(), run.now());
            if (!(node.get().action() instanceof Action.None)) {
                Steps.held(run, place(s), node.get().action().type().wireName());
            }
        } else {
            Optional<String> failure =
                    actions.run(
                            run,
                            j.environmentId(),
                            j.id(),
                            s.userId(),
                            s.visitNo(),
                            s.node(),
                            node.get().action());
            if (failure.isPresent()) {
                return end(run, s, UserState.FAILED, failure.get());
            }
        }
        if (node.get().terminal()) {
            return end(run, s, UserState.COMPLETED, null);
        }
        timers.schedule(
                run,
                j.environmentId(),
                j.id(),
                s.userId(),
                s.visitNo(),
                s.enteredAt(),
                j.timersFrom(s.node()));
        return s;
    }

    private static Steps.Place place(UserState s) {
        return new Steps.Place(s.environmentId(), s.journeyId(), s.userId(), s.visitNo(), s.node());
    }

    private void leave(
            RunContext run, UserState s, String transition, String outcome, String reason) {
        states.closeVisit(run, s.journeyId(), s.userId(), s.visitNo(), transition, outcome, reason);
        long seconds = Math.max(0, Duration.between(s.enteredAt(), run.now()).getSeconds());
        run.counters().nodeLeft(s.journeyId(), s.node(), seconds);
        timers.cancelForUser(run, s.journeyId(), s.userId());
    }
}

package com.ascendkit.journeys.engine.runtime.lifecycle;

import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.states.StateStore;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.timers.TimerStore;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Brings pending timers and transition counters in line with an edited definition (rule 5): a timer
 * transition that is new, re-timed or re-sourced gets fresh timers for the users in its source
 * node, due at their entered-at plus its delay (the others' timers are dropped); a removed
 * transition loses its timers. A removed transition that reappears under another name with the same
 * ends and trigger is taken for a rename: its counters follow. Stateless, thread-safe.
 */
final class DefinitionChanges {
    private final StateStore states;
    private final TimerStore timers;

    DefinitionChanges(StateStore states, TimerStore timers) {
        this.states = states;
        this.timers = timers;
    }

    void apply(Handle h, LiveJourney after, JourneyDefinition before) {
        Map<String, Transition> old = byName(before.transitions());
        Map<String, Transition> now = byName(after.definition().transitions());
        List<String> removed = new ArrayList<>();
        for (String name : old.keySet()) {
            if (!now.containsKey(name)) {
                removed.add(name);
            }
        }
        Set<String> renamedTo = new HashSet<>();
        for (String name : List.copyOf(removed)) {
            Transition gone = old.get(name);
            for (Transition t : now.values()) {
                if (!old.containsKey(t.name())
                        && !renamedTo.contains(t.name())
                        && sameShape(gone, t)) {
                    CounterRows.renameTransition(h, after.id(), name, t.name());
                    renamedTo.add(t.name());
                    removed.remove(name);
                    break;
                }
            }
        }
        CounterRows.deleteTransitions(h, after.id(), removed);
        dropRemovedTransitions(h, after);
        for (Transition t : now.values()) {
            Transition was = old.get(t.name());
            if (t.trigger() instanceof Trigger.Timer) {
                if (was == null || !sameShape(was, t)) {
                    reschedule(h, after, t);
                }
            } else if (was != null && was.trigger() instanceof Trigger.Timer) {
                timers.cancelForTransitions(h, after.id(), List.of(t.name()));
            }
        }
    }

    /** Drops the timers of transitions the definition no longer has. */
    void dropRemovedTransitions(Handle h, LiveJourney after) {
        timers.cancelAllBut(h, after.id(), byName(after.definition().transitions()).keySet());
    }

    private void reschedule(Handle h, LiveJourney j, Transition t) {
        timers.cancelForTransitions(h, j.id(), List.of(t.name()));
        // Only the held-back timer inserts are used: no state changes, so no instant, no counters.
        RunContext run = RunContext.buffered(h, Instant.EPOCH, null);
        for (UserState s : states.activeIn(h, j.id(), t.from())) {
            timers.schedule(
                    run,
                    j.environmentId(),
                    j.id(),
                    s.userId(),
                    s.visitNo(),
                    s.enteredAt(),
                    List.of(t));
        }
        run.writes().flush(h);
    }

    private static boolean sameShape(Transition a, Transition b) {
        return a.from().equals(b.from())
                && a.to().equals(b.to())
                && a.trigger().equals(b.trigger());
    }

    private static Map<String, Transition> byName(List<Transition> transitions) {
        Map<String, Transition> map = new LinkedHashMap<>();
        transitions.forEach(t -> map.put(t.name(), t));
        return map;
    }
}

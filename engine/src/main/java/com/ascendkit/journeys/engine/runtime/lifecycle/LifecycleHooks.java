package com.ascendkit.journeys.engine.runtime.lifecycle;

import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.engine.runtime.actions.ActionRunner;
import com.ascendkit.journeys.engine.runtime.actions.QueuedAction;
import com.ascendkit.journeys.engine.runtime.actions.QueuedActions;
import com.ascendkit.journeys.engine.runtime.internal.JourneyRows;
import com.ascendkit.journeys.engine.runtime.internal.LiveJourney;
import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.engine.runtime.states.StateMachine;
import com.ascendkit.journeys.engine.runtime.states.UserState;
import com.ascendkit.journeys.engine.runtime.timers.TimerStore;
import com.ascendkit.journeys.engine.store.Dialect;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Quoted;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The run-time side of journey edits and lifecycle changes (rules 4 and 5), run inside the journey
 * API's transaction. Analytics notifications go out after that transaction commits. Thread-safe.
 */
public final class LifecycleHooks implements JourneyRuntimeHooks {
    private final Clock clock;
    private final Dialect dialect;
    private final JourneyRows journeys;
    private final StateMachine machine;
    private final TimerStore timers;
    private final QueuedActions queue;
    private final ActionRunner actions;
    private final JourneyEvents events;
    private final DefinitionChanges definitionChanges;

    public LifecycleHooks(
            Clock clock,
            Dialect dialect,
            JourneyRows journeys,
            StateMachine machine,
            TimerStore timers,
            QueuedActions queue,
            ActionRunner actions,
            JourneyEvents events) {
        this.clock = clock;
        this.dialect = dialect;
        this.journeys = journeys;
        this.machine = machine;
        this.timers = timers;
        this.queue = queue;
        this.actions = actions;
        this.events = events;
        this.definitionChanges = new DefinitionChanges(machine.states(), timers);
    }

    @Override
    public Map<String, Long> usersPerNode(Handle h, String journeyId) {
        Map<String, Long> result = new LinkedHashMap<>();
        h.createQuery(
                        "SELECT node, SUM(current_users) AS users FROM node_counters WHERE"
                                + " journey_id = :j GROUP BY node HAVING SUM(current_users) > 0"
                                + " ORDER BY node")
                .bind("j", journeyId)
                .map((rs, ctx) -> Map.entry(rs.getString("node"), rs.getLong("users")))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    @Override
    public void nodeRemoved(
            Handle h, Journey after, String node, String moveUsersTo, boolean force) {
        LiveJourney j = live(h, after);
        List<UserState> inNode = machine.states().activeIn(h, j.id(), node);
        if (moveUsersTo != null && j.node(moveUsersTo).isEmpty()) {
            throw new InvalidInputException(
                    "moveUsersTo", "unknown node " + Quoted.of(moveUsersTo) + " in 'moveUsersTo'");
        }
        if (!inNode.isEmpty() && moveUsersTo == null && !force) {
            throw new IllegalStateException(
                    inNode.size()
                            + " users are in node "
                            + Quoted.of(node)
                            + ": use force or moveUsersTo");
        }
        RunContext run = new RunContext(h, clock.instant(), dialect);
        String why = "node " + Quoted.of(node) + " removed";
        for (UserState s : inNode) {
            if (moveUsersTo != null) {
                machine.relocate(run, j, s, moveUsersTo, why);
            } else {
                machine.end(run, s, UserState.EXITED, why);
            }
        }
        queue.deleteForNode(h, j.id(), node);
        definitionChanges.dropRemovedTransitions(h, j);
        run.finish(events);
        CounterRows.deleteNode(h, j.id(), node);
    }

    @Override
    public void nodeRenamed(Handle h, Journey after, String oldName, String newName) {
        for (String table : List.of("user_journey_states", "user_visits")) {
            String column = table.equals("user_visits") ? "node" : "current_node";
            h.createUpdate(
                            "UPDATE "
                                    + table
                                    + " SET "
                                    + column
                                    + " = :new WHERE journey_id = :j AND "
                                    + column
                                    + " = :old")
                    .bind("new", newName)
                    .bind("j", after.id())
                    .bind("old", oldName)
                    .execute();
        }
        queue.renameNode(h, after.id(), oldName, newName);
        CounterRows.renameNode(h, after.id(), oldName, newName);
    }

    @Override
    public void definitionChanged(Handle h, Journey before, Journey after) {
        definitionChanges.apply(h, live(h, after), before.definition());
    }

    @Override
    public void statusChanged(Handle h, Journey before, Journey after) {
        LiveJourney j = live(h, after);
        RunContext run = new RunContext(h, clock.instant(), dialect);
        if (after.status() == JourneyStatus.ARCHIVED) {
            for (UserState s : machine.states().activeInJourney(h, j.id())) {
                machine.end(run, s, UserState.EXITED, "journey archived");
            }
            queue.deleteForJourney(h, j.id());
            timers.cancelForJourney(h, j.id());
        } else if (after.status() == JourneyStatus.ACTIVE) {
            for (QueuedAction q : queue.inOrder(h, j.id())) {
                Optional<Node> node = j.node(q.node());
                if (node.isEmpty()) {
                    continue; // its node was removed while paused
                }
                Optional<String> failure =
                        actions.run(
                                run,
                                j.environmentId(),
                                j.id(),
                                q.userId(),
                                q.visitNo(),
                                q.node(),
                                node.get().action());
                if (failure.isPresent()) {
                    machine.failVisit(run, j.id(), q.userId(), q.visitNo(), failure.get());
                }
            }
            queue.deleteForJourney(h, j.id());
        }
        run.finish(events);
    }

    @Override
    public void journeyDeleted(Handle h, String journeyId) {
        for (String table :
                List.of(
                        "journey_timers",
                        "queued_actions",
                        "user_steps",
                        "user_visits",
                        "user_journey_states")) {
            h.createUpdate("DELETE FROM " + table + " WHERE journey_id = :j")
                    .bind("j", journeyId)
                    .execute();
        }
        CounterRows.deleteJourney(h, journeyId);
    }

    private LiveJourney live(Handle h, Journey journey) {
        return LiveJourney.of(journey, journeys.environmentOf(h, journey.id()));
    }
}

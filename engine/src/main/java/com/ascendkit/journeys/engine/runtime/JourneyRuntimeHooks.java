package com.ascendkit.journeys.engine.runtime;

import com.ascendkit.journeys.model.Journey;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The seam between the journey API and the run-time. The API calls these inside the transaction of
 * each change ({@code handle}), so that users' states, timers and queued actions move with the
 * definition atomically. Implementations must be thread-safe.
 */
public interface JourneyRuntimeHooks {

    /** Users in each node of the journey now (nodes with nobody may be absent). */
    Map<String, Long> usersPerNode(Handle handle, String journeyId);

    /**
     * A node is being removed. {@code moveUsersTo} null and {@code force} true: its users exit.
     * {@code moveUsersTo} set: its users move there and that node's action runs for them. Called
     * only when the API has decided the removal may go ahead; {@code after} is the new definition.
     */
    void nodeRemoved(Handle handle, Journey after, String node, String moveUsersTo, boolean force);

    /** A node was renamed: user states, visits and counters follow the new name. */
    void nodeRenamed(Handle handle, Journey after, String oldName, String newName);

    /**
     * The definition changed (any node or transition edit): e.g. re-time pending timers whose
     * transition's delay changed, drop timers of removed transitions.
     */
    void definitionChanged(Handle handle, Journey before, Journey after);

    /** The status changed: activate runs queued actions; archive exits everyone and drops them. */
    void statusChanged(Handle handle, Journey before, Journey after);

    /** The journey and every user state in it are being deleted. */
    void journeyDeleted(Handle handle, String journeyId);
}

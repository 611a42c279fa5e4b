package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.analytics.JdbiAnalyticsRepository;
import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.model.Journey;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The hooks of an engine built without a run-time: nobody is enrolled by it, so there are no user
 * states to move, re-time or drop, and each change hook has nothing to do. Users per node are still
 * read from the node counters (the run-time's record of who is where), not assumed to be zero.
 * Stateless and thread-safe.
 */
public final class NoRuntimeHooks implements JourneyRuntimeHooks {
    private final JdbiAnalyticsRepository counters = new JdbiAnalyticsRepository();

    @Override
    public Map<String, Long> usersPerNode(Handle handle, String journeyId) {
        return counters.currentUsers(handle, journeyId);
    }

    @Override
    public void nodeRemoved(
            Handle handle, Journey after, String node, String moveUsersTo, boolean force) {}

    @Override
    public void nodeRenamed(Handle handle, Journey after, String oldName, String newName) {}

    @Override
    public void definitionChanged(Handle handle, Journey before, Journey after) {}

    @Override
    public void statusChanged(Handle handle, Journey before, Journey after) {}

    @Override
    public void journeyDeleted(Handle handle, String journeyId) {}
}

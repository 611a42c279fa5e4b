package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.model.Journey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * Stands in for the run-time at the seam, per journey: says how many users are in which node,
 * records the calls the API makes, and fails on demand (to prove a change is all or nothing).
 */
public final class RecordingHooks implements JourneyRuntimeHooks {
    private final Map<String, Map<String, Long>> users = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public void usersIn(String journeyId, Map<String, Long> perNode) {
        users.put(journeyId, perNode);
    }

    /** The next changes of this journey fail inside the transaction. */
    public void failFor(String journeyId) {
        failing.add(journeyId);
    }

    /** Calls made for {@code journeyId}, as {@code name(args)}. */
    public List<String> callsFor(String journeyId) {
        return calls.stream().filter(c -> c.contains(journeyId)).toList();
    }

    @Override
    public Map<String, Long> usersPerNode(Handle handle, String journeyId) {
        return users.getOrDefault(journeyId, Map.of());
    }

    @Override
    public void nodeRemoved(
            Handle handle, Journey after, String node, String moveUsersTo, boolean force) {
        calls.add("nodeRemoved(" + after.id() + "," + node + "," + moveUsersTo + "," + force + ")");
    }

    @Override
    public void nodeRenamed(Handle handle, Journey after, String oldName, String newName) {
        calls.add("nodeRenamed(" + after.id() + "," + oldName + "," + newName + ")");
    }

    @Override
    public void definitionChanged(Handle handle, Journey before, Journey after) {
        maybeFail(after.id());
        calls.add(
                "definitionChanged("
                        + after.id()
                        + ","
                        + before.version()
                        + "->"
                        + after.version()
                        + ")");
    }

    @Override
    public void statusChanged(Handle handle, Journey before, Journey after) {
        maybeFail(after.id());
        calls.add(
                "statusChanged("
                        + after.id()
                        + ","
                        + before.status().wireName()
                        + "->"
                        + after.status().wireName()
                        + ")");
    }

    @Override
    public void journeyDeleted(Handle handle, String journeyId) {
        calls.add("journeyDeleted(" + journeyId + ")");
    }

    private void maybeFail(String journeyId) {
        if (failing.contains(journeyId)) {
            throw new IllegalStateException("run-time failure injected by the test");
        }
    }
}

package com.ascendkit.journeys.engine.runtime.lifecycle;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Renames and deletes counter rows when the graph changes, so analytics follow the definition. */
final class CounterRows {
    private static final List<String> NODE_TABLES = List.of("node_counters", "node_time_histogram");
    private static final List<String> ALL_TABLES =
            List.of(
                    "journey_totals",
                    "node_counters",
                    "node_time_histogram",
                    "transition_counters");

    private CounterRows() {}

    static void renameNode(Handle h, String journeyId, String oldName, String newName) {
        for (String table : NODE_TABLES) {
            // Rows under the new name can only be leftovers of an earlier, removed node.
            deleteNode(h, table, journeyId, newName);
            h.createUpdate(
                            "UPDATE "
                                    + table
                                    + " SET node = :new WHERE journey_id = :j AND node = :old")
                    .bind("new", newName)
                    .bind("j", journeyId)
                    .bind("old", oldName)
                    .execute();
        }
    }

    static void deleteNode(Handle h, String journeyId, String node) {
        for (String table : NODE_TABLES) {
            deleteNode(h, table, journeyId, node);
        }
    }

    private static void deleteNode(Handle h, String table, String journeyId, String node) {
        h.createUpdate("DELETE FROM " + table + " WHERE journey_id = :j AND node = :n")
                .bind("j", journeyId)
                .bind("n", node)
                .execute();
    }

    static void renameTransition(Handle h, String journeyId, String oldName, String newName) {
        deleteTransitions(h, journeyId, List.of(newName));
        h.createUpdate(
                        "UPDATE transition_counters SET transition = :new WHERE journey_id = :j"
                                + " AND transition = :old")
                .bind("new", newName)
                .bind("j", journeyId)
                .bind("old", oldName)
                .execute();
    }

    static void deleteTransitions(Handle h, String journeyId, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        h.createUpdate(
                        "DELETE FROM transition_counters WHERE journey_id = :j AND transition IN"
                                + " (<names>)")
                .bind("j", journeyId)
                .bindList("names", List.copyOf(names))
                .execute();
    }

    static void deleteJourney(Handle h, String journeyId) {
        for (String table : ALL_TABLES) {
            h.createUpdate("DELETE FROM " + table + " WHERE journey_id = :j")
                    .bind("j", journeyId)
                    .execute();
        }
    }
}

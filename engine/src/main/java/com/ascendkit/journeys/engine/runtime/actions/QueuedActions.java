package com.ascendkit.journeys.engine.runtime.actions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL of {@code queued_actions}. Stateless, thread-safe. */
public final class QueuedActions {

    public void add(
            Handle h, String journeyId, String userId, int visitNo, String node, Instant at) {
        h.createUpdate(
                        "INSERT INTO queued_actions (journey_id, user_id, visit_no, node,"
                                + " queued_at) VALUES (:j, :u, :v, :n, :at)")
                .bind("j", journeyId)
                .bind("u", userId)
                .bind("v", visitNo)
                .bind("n", node)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The journey's queued actions in the order they were queued. */
    public List<QueuedAction> inOrder(Handle h, String journeyId) {
        return h.createQuery(
                        "SELECT id, journey_id, user_id, visit_no, node FROM queued_actions"
                                + " WHERE journey_id = :j ORDER BY id")
                .bind("j", journeyId)
                .map(
                        (rs, ctx) ->
                                new QueuedAction(
                                        rs.getLong("id"),
                                        rs.getString("journey_id"),
                                        rs.getString("user_id"),
                                        rs.getInt("visit_no"),
                                        rs.getString("node")))
                .list();
    }

    public void deleteForJourney(Handle h, String journeyId) {
        h.createUpdate("DELETE FROM queued_actions WHERE journey_id = :j")
                .bind("j", journeyId)
                .execute();
    }

    public void deleteForNode(Handle h, String journeyId, String node) {
        h.createUpdate("DELETE FROM queued_actions WHERE journey_id = :j AND node = :n")
                .bind("j", journeyId)
                .bind("n", node)
                .execute();
    }

    public void deleteForUser(Handle h, String environmentId, String userId) {
        h.createUpdate(
                        "DELETE FROM queued_actions WHERE user_id = :u AND journey_id IN (SELECT"
                                + " id FROM journeys WHERE environment_id = :e)")
                .bind("u", userId)
                .bind("e", environmentId)
                .execute();
    }

    public void renameNode(Handle h, String journeyId, String oldName, String newName) {
        h.createUpdate(
                        "UPDATE queued_actions SET node = :new WHERE journey_id = :j AND node ="
                                + " :old")
                .bind("new", newName)
                .bind("j", journeyId)
                .bind("old", oldName)
                .execute();
    }
}

package com.ascendkit.journeys.engine.runtime.timers;

import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.internal.SkipLocked;
import com.ascendkit.journeys.engine.store.Dialect;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL of {@code journey_timers}. Stateless, thread-safe. */
public final class TimerStore {
    private final Dialect dialect;

    public TimerStore(Dialect dialect) {
        this.dialect = dialect;
    }

    private static final String COLUMNS =
            "SELECT id, environment_id, journey_id, user_id, visit_no, transition, due_at"
                    + " FROM journey_timers";
    private static final RowMapper<DueTimer> MAPPER =
            (rs, ctx) ->
                    new DueTimer(
                            rs.getLong("id"),
                            rs.getString("environment_id"),
                            rs.getString("journey_id"),
                            rs.getString("user_id"),
                            rs.getInt("visit_no"),
                            rs.getString("transition"),
                            rs.getObject("due_at", OffsetDateTime.class).toInstant());

    /**
     * Schedules the timer transitions of a node visit that began at {@code enteredAt}, in
     * definition order (so that of two timers due at once, the first defined fires).
     */
    public void schedule(
            RunContext run,
            String environmentId,
            String journeyId,
            String userId,
            int visitNo,
            Instant enteredAt,
            List<Transition> timers) {
        if (timers.isEmpty()) {
            return;
        }
        PendingTimers pending = pending(run);
        for (Transition t : timers) {
            Duration delay = ((Trigger.Timer) t.trigger()).delay().toDuration();
            pending.schedule(
                    journeyId,
                    userId,
                    new PendingTimers.NewTimer(
                            environmentId, visitNo, t.name(), enteredAt.plus(delay)));
        }
        run.writes().written(run.lookups());
    }

    /** Drops every pending timer of the user in the journey (the user left the node). */
    public void cancelForUser(RunContext run, String journeyId, String userId) {
        pending(run).cancelForUser(journeyId, userId);
        run.writes().written(run.lookups());
    }

    /**
     * The earliest due time of the timers this transaction scheduled (null if none): a batch of
     * claimed timers must not fire one due after it before it.
     */
    public Instant earliestScheduled(RunContext run) {
        return pending(run).earliestScheduled();
    }

    private static PendingTimers pending(RunContext run) {
        return run.writes().part(PendingTimers.class, PendingTimers::new);
    }

    public void cancelForTransitions(Handle h, String journeyId, Collection<String> transitions) {
        if (transitions.isEmpty()) {
            return;
        }
        h.createUpdate("DELETE FROM journey_timers WHERE journey_id = :j AND transition IN (<ts>)")
                .bind("j", journeyId)
                .bindList("ts", List.copyOf(transitions))
                .execute();
    }

    /** Drops the journey's timers whose transition is not one of {@code keep}. */
    public void cancelAllBut(Handle h, String journeyId, Collection<String> keep) {
        if (keep.isEmpty()) {
            cancelForJourney(h, journeyId);
            return;
        }
        h.createUpdate(
                        "DELETE FROM journey_timers WHERE journey_id = :j AND transition NOT IN"
                                + " (<keep>)")
                .bind("j", journeyId)
                .bindList("keep", List.copyOf(keep))
                .execute();
    }

    public void cancelForJourney(Handle h, String journeyId) {
        h.createUpdate("DELETE FROM journey_timers WHERE journey_id = :j")
                .bind("j", journeyId)
                .execute();
    }

    public void renameTransition(Handle h, String journeyId, String oldName, String newName) {
        h.createUpdate(
                        "UPDATE journey_timers SET transition = :new WHERE journey_id = :j AND"
                                + " transition = :old")
                .bind("new", newName)
                .bind("j", journeyId)
                .bind("old", oldName)
                .execute();
    }

    /**
     * Claims up to {@code limit} timers due at {@code now}, earliest first, skipping rows another
     * transaction holds, and leases them to {@code claimer} until {@code now + lease}.
     */
    public List<DueTimer> claim(Handle h, Instant now, String claimer, Duration lease, int limit) {
        List<Long> ids =
                SkipLocked.lockIds(
                        h,
                        dialect,
                        "journey_timers",
                        "due_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)",
                        "due_at, id",
                        now,
                        limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<DueTimer> due =
                h.createQuery(COLUMNS + " WHERE id IN (<ids>) ORDER BY due_at, id")
                        .bindList("ids", ids)
                        .map(MAPPER)
                        .list();
        if (!due.isEmpty()) {
            h.createUpdate(
                            "UPDATE journey_timers SET claimed_by = :c, claimed_until = :until"
                                    + " WHERE id IN (<ids>)")
                    .bind("c", claimer)
                    .bind("until", utc(now.plus(lease)))
                    .bindList("ids", due.stream().map(DueTimer::id).toList())
                    .execute();
        }
        return due;
    }

    /**
     * Takes back every claim. Only for a database no other poller can be using (an embedded H2 file
     * at start); returns how many.
     */
    public int releaseAllClaims(Handle h) {
        return h.createUpdate(
                        "UPDATE journey_timers SET claimed_by = NULL, claimed_until = NULL"
                                + " WHERE claimed_by IS NOT NULL")
                .execute();
    }

    /** Locks a timer still claimed by {@code claimer}; empty when it is gone or taken over. */
    public Optional<DueTimer> lockClaimed(Handle h, long id, String claimer) {
        return h.createQuery(COLUMNS + " WHERE id = :id AND claimed_by = :c FOR UPDATE")
                .bind("id", id)
                .bind("c", claimer)
                .map(MAPPER)
                .findOne();
    }

    /** Locks those of {@code ids} still claimed by {@code claimer}; returns their ids. */
    public Set<Long> lockClaimed(Handle h, Collection<Long> ids, String claimer) {
        return new HashSet<>(
                h.createQuery(
                                "SELECT id FROM journey_timers WHERE id IN (<ids>) AND claimed_by"
                                        + " = :c ORDER BY id FOR UPDATE")
                        .bindList("ids", List.copyOf(ids))
                        .bind("c", claimer)
                        .mapTo(Long.class)
                        .list());
    }

    /** Gives back timers claimed by {@code claimer} that it will not fire now. */
    public void unclaim(Handle h, Collection<Long> ids, String claimer) {
        h.createUpdate(
                        "UPDATE journey_timers SET claimed_by = NULL, claimed_until = NULL"
                                + " WHERE id IN (<ids>) AND claimed_by = :c")
                .bindList("ids", List.copyOf(ids))
                .bind("c", claimer)
                .execute();
    }

    public void delete(RunContext run, long id) {
        pending(run).delete(id);
        run.writes().written(run.lookups());
    }

    /** Pending timers of the journey, earliest first (for tests and diagnostics). */
    public List<DueTimer> pending(Handle h, String journeyId) {
        return h.createQuery(COLUMNS + " WHERE journey_id = :j ORDER BY due_at, id")
                .bind("j", journeyId)
                .map(MAPPER)
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.engine.analytics.AnalyticsRepository;
import com.ascendkit.journeys.engine.errors.ConflictException;
import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.engine.errors.StaleVersionException;
import com.ascendkit.journeys.engine.internal.Base62;
import com.ascendkit.journeys.engine.journeys.JourneyDraft.NodeRemoval;
import com.ascendkit.journeys.engine.journeys.JourneyDraft.NodeRename;
import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.engine.runtime.notify.JourneyEvents;
import com.ascendkit.journeys.model.HeldUsers;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.api.JourneyResponse;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.model.topology.Warning;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Every change of a journey, on the caller's transaction: read the row {@code FOR UPDATE}, check
 * the version the change was made against (stale: refused with the current journey), refuse edits
 * of an archived journey, apply the change to a {@link JourneyDraft}, check users of removed nodes,
 * bump the version, write, and call the run-time hooks — so that the whole commits or nothing does.
 * Answers carry the warnings of {@link JourneyValidator#standard()}. Thread-safe.
 */
public final class JourneyService {
    private final JourneyRepository journeys;
    private final AnalyticsRepository analytics;
    private final ReferencesFactory references;
    private final JourneyRuntimeHooks hooks;
    private final JourneyEvents events;
    private final Clock clock;
    private final JourneyLimits limits;
    private final JourneyValidator validator = JourneyValidator.standard();

    /** Builds the {@code References} of an environment on a handle. */
    @FunctionalInterface
    public interface ReferencesFactory {
        EnvironmentReferences of(Handle handle, String environmentId);
    }

    public JourneyService(
            JourneyRepository journeys,
            AnalyticsRepository analytics,
            ReferencesFactory references,
            JourneyRuntimeHooks hooks,
            JourneyEvents events,
            Clock clock,
            JourneyLimits limits) {
        this.journeys = journeys;
        this.analytics = analytics;
        this.references = references;
        this.hooks = hooks;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
    }

    /** Stores a new draft journey made by {@code draft}. */
    public JourneyResponse create(Handle h, String environmentId, JourneyDraft draft) {
        JourneyDefinition definition = draft.build();
        limits.check(definition);
        Instant now = now();
        StoredJourney j =
                new StoredJourney(
                        Base62.journeyId(),
                        environmentId,
                        JourneyStatus.DRAFT,
                        1,
                        definition,
                        draft.placeholder(),
                        now,
                        now);
        journeys.insert(h, j);
        return response(h, j);
    }

    /** The journey of the environment, or not found (also for another environment's journey). */
    public StoredJourney require(Handle h, String environmentId, String id) {
        return journeys.find(h, environmentId, id).orElseThrow(() -> notFound(id));
    }

    public JourneyResponse show(Handle h, String environmentId, String id) {
        return response(h, require(h, environmentId, id));
    }

    /** The journey before and after one change, and the nodes it renamed. */
    public record Edited(StoredJourney before, StoredJourney after, List<NodeRename> renames) {}

    /** Applies {@code change} to the journey's definition as one versioned change. */
    public JourneyResponse edit(
            Handle h,
            String environmentId,
            String id,
            String ifMatch,
            Consumer<JourneyDraft> change) {
        return response(h, change(h, environmentId, id, ifMatch, change).after());
    }

    /** As {@link #edit}, answering the journey before and after instead of the response. */
    public Edited change(
            Handle h,
            String environmentId,
            String id,
            String ifMatch,
            Consumer<JourneyDraft> change) {
        StoredJourney before = lockForChange(h, environmentId, id, ifMatch);
        if (before.status() == JourneyStatus.ARCHIVED) {
            throw new ConflictException(
                    "journey " + id + " is archived: an archived journey cannot be changed");
        }
        JourneyDraft draft = new JourneyDraft(before.definition(), before.placeholderNode());
        change.accept(draft);
        JourneyDefinition definition = draft.build();
        limits.check(before.definition(), definition);
        refuseDroppingUsers(h, id, draft);
        StoredJourney after = before.next(definition, before.status(), draft.placeholder(), now());
        journeys.update(h, after);
        Journey beforeJourney = before.toJourney(null);
        Journey afterJourney = after.toJourney(null);
        for (NodeRename r : draft.renames()) {
            hooks.nodeRenamed(h, afterJourney, r.from(), r.to());
        }
        for (NodeRemoval r : draft.removals()) {
            hooks.nodeRemoved(h, afterJourney, r.node(), r.moveUsersTo(), r.force());
        }
        hooks.definitionChanged(h, beforeJourney, afterJourney);
        announce(h, after);
        return new Edited(before, after, draft.renames());
    }

    /** Moves the journey through its lifecycle; a move to where it already is changes nothing. */
    public JourneyResponse changeStatus(
            Handle h, String environmentId, String id, String ifMatch, JourneyStatus target) {
        return response(h, moveTo(h, environmentId, id, ifMatch, target).after());
    }

    /** As {@link #changeStatus}, answering the journey before and after. */
    public Edited moveTo(
            Handle h, String environmentId, String id, String ifMatch, JourneyStatus target) {
        StoredJourney before = lockForChange(h, environmentId, id, ifMatch);
        if (before.status() == target) {
            return new Edited(before, before, List.of());
        }
        Lifecycle.requireAllowed(id, before.status(), target);
        StoredJourney after =
                before.next(before.definition(), target, before.placeholderNode(), now());
        journeys.update(h, after);
        hooks.statusChanged(h, before.toJourney(null), after.toJourney(null));
        announce(h, after);
        return new Edited(before, after, List.of());
    }

    /** Deletes the journey, every user state in it and its counters, in any status. */
    public void delete(Handle h, String environmentId, String id, String ifMatch) {
        lockForChange(h, environmentId, id, ifMatch);
        hooks.journeyDeleted(h, id);
        analytics.deleteCounters(h, id);
        journeys.delete(h, id);
        h.afterCommit(() -> events.journeyDeleted(id));
    }

    /** Tells the journey's streams about the new version once the change is committed. */
    private void announce(Handle h, StoredJourney after) {
        h.afterCommit(() -> events.journeyChanged(after.id(), after.version()));
    }

    /** The journey with its stats and warnings, as every journey call answers. */
    public JourneyResponse response(Handle h, StoredJourney j) {
        Journey journey = j.toJourney(analytics.totals(h, j.id()));
        return new JourneyResponse(
                journey, warnings(h, j), j.status().suppressesTopologyWarnings());
    }

    /** The warnings of the journey now, as {@link #response} gives them, without its stats. */
    public List<Warning> warnings(Handle h, StoredJourney j) {
        return validator.validate(j.definition(), j.status(), references.of(h, j.environmentId()));
    }

    private StoredJourney lockForChange(Handle h, String environmentId, String id, String ifMatch) {
        StoredJourney current =
                journeys.findForUpdate(h, environmentId, id).orElseThrow(() -> notFound(id));
        if (!IfMatch.matches(ifMatch, current.version())) {
            throw new StaleVersionException(
                    "journey "
                            + id
                            + " is at version "
                            + current.version()
                            + ", not "
                            + ifMatch
                            + ": it changed since you read it; the current journey is in this"
                            + " response",
                    response(h, current),
                    current.version());
        }
        return current;
    }

    private void refuseDroppingUsers(Handle h, String id, JourneyDraft draft) {
        if (draft.removals().isEmpty()) {
            return;
        }
        Map<String, Long> users = hooks.usersPerNode(h, id);
        for (NodeRemoval r : draft.removals()) {
            long here = users.getOrDefault(r.node(), 0L);
            if (here > 0 && !r.force() && r.moveUsersTo() == null) {
                throw new ConflictException(
                        HeldUsers.inNode(r.node(), here)
                                + ": remove it with moveUsersTo=<node> to move them, or"
                                + " force=true to exit them");
            }
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no journey " + Quoted.of(id) + "");
    }
}

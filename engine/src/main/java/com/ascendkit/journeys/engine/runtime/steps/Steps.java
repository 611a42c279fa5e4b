package com.ascendkit.journeys.engine.runtime.steps;

import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Records a user's steps in a journey ({@code user_steps}), in the transaction of the change they
 * record: held back with the run-time's other writes ({@link RunContext#writes()}), so that a step
 * exists exactly when its change committed. Stateless.
 */
public final class Steps {
    public static final String ENTERED = "entered";
    public static final String MOVED = "moved";
    public static final String RELOCATED = "relocated";
    public static final String ACTION = "action";
    public static final String HELD = "held";
    public static final String EMAIL = "email";

    /** Where a step happened: a user's visit of a node. */
    public record Place(
            String environmentId, String journeyId, String userId, int visitNo, String node) {}

    private Steps() {}

    /** The user enrolled at {@code entry} because of the entry event. */
    public static void entered(RunContext run, Place entry, Cause cause) {
        add(run, entry, ENTERED, null, null, null, cause.event(), null, null, causeDetail(cause));
    }

    /** The user left {@code from} along {@code transition} to {@code to}. */
    public static void moved(RunContext run, Place from, String transition, String to, Cause c) {
        add(run, from, MOVED, null, transition, to, c.event(), null, null, causeDetail(c));
    }

    /** The user's node was removed; they were moved to {@code to}. */
    public static void relocated(RunContext run, Place from, String to, String reason) {
        add(run, from, RELOCATED, null, null, to, null, null, reason, Map.of());
    }

    /**
     * The node's action ran: {@code outcome} queued (an email in the outbox, with its Message-ID),
     * done or failed (with the reason); {@code detail} says what it did (a tag, a stage).
     */
    public static void action(
            RunContext run,
            Place at,
            String type,
            String outcome,
            String messageId,
            String reason,
            Map<String, Object> detail) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("action", type);
        d.putAll(detail);
        add(run, at, ACTION, outcome, null, null, null, messageId, reason, d);
    }

    /** The node's action was queued because the journey is paused. */
    public static void held(RunContext run, Place at, String type) {
        add(run, at, HELD, null, null, null, null, null, null, Map.of("action", type));
    }

    /** The state ended: {@code outcome} completed, failed or exited. */
    public static void ended(RunContext run, Place at, String outcome, String reason) {
        add(run, at, outcome, null, null, null, null, null, reason, Map.of());
    }

    /**
     * The journeys' emails of {@code outboxIds} were delivered ({@code outcome} sent, or
     * delivered_locally when no SMTP server is set) or given up on (failed, with the reason): one
     * step each, from the outbox row itself, so that a batch costs one statement. Test sends (no
     * journey) record nothing.
     */
    public static void delivered(
            Handle h, Collection<Long> outboxIds, String outcome, String reason, Instant at) {
        if (outboxIds.isEmpty()) {
            return;
        }
        h.createUpdate(
                        "INSERT INTO user_steps (environment_id, journey_id, user_id, visit_no,"
                                + " node, kind, happened_at, outcome, message_id, reason) SELECT"
                                + " o.environment_id, o.journey_id, o.user_id, o.visit_no, o.node,"
                                + " :k, :at, :o, o.message_id, :r FROM email_outbox o JOIN journeys j"
                                + " ON j.id = o.journey_id WHERE o.id IN (<ids>) ORDER BY o.id")
                .bind("k", EMAIL)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("o", outcome)
                .bind("r", truncate(reason))
                .bindList("ids", List.copyOf(outboxIds))
                .execute();
    }

    static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }

    private static Map<String, Object> causeDetail(Cause c) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (c.event() != null && !c.properties().isEmpty()) {
            d.put("properties", c.properties());
        }
        if (c.dueAt() != null) {
            d.put("dueAt", c.dueAt().toString());
        }
        return d;
    }

    private static void add(
            RunContext run,
            Place p,
            String kind,
            String outcome,
            String transition,
            String target,
            String event,
            String messageId,
            String reason,
            Map<String, Object> detail) {
        run.writes()
                .part(PendingSteps.class, PendingSteps::new)
                .add(
                        new StepRow(
                                0,
                                p.environmentId(),
                                p.journeyId(),
                                p.userId(),
                                p.visitNo(),
                                p.node(),
                                kind,
                                run.now(),
                                outcome,
                                transition,
                                target,
                                event,
                                messageId,
                                reason,
                                detail));
        run.writes().written(run.lookups());
    }
}

package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.runtime.internal.RunContext;
import com.ascendkit.journeys.engine.runtime.internal.SkipLocked;
import com.ascendkit.journeys.engine.runtime.steps.Steps;
import com.ascendkit.journeys.engine.store.Dialect;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL of {@code email_outbox}. Stateless, thread-safe. */
public final class OutboxStore {
    private final Dialect dialect;

    public OutboxStore(Dialect dialect) {
        this.dialect = dialect;
    }

    static final String COLUMNS =
            "SELECT id, message_id, environment_id, journey_id, user_id, node, visit_no,"
                    + " to_address, from_address, from_name, subject, html_body, text_body,"
                    + " status, attempts, created_at, sent_at, last_error FROM email_outbox";
    static final RowMapper<OutboxMessage> MAPPER =
            (rs, ctx) ->
                    new OutboxMessage(
                            rs.getLong("id"),
                            rs.getString("message_id"),
                            rs.getString("environment_id"),
                            rs.getString("journey_id"),
                            rs.getString("user_id"),
                            rs.getString("node"),
                            rs.getInt("visit_no"),
                            rs.getString("to_address"),
                            rs.getString("from_address"),
                            rs.getString("from_name"),
                            rs.getString("subject"),
                            rs.getString("html_body"),
                            rs.getString("text_body"),
                            rs.getString("status"),
                            rs.getInt("attempts"),
                            instant(rs.getObject("created_at", OffsetDateTime.class)),
                            instant(rs.getObject("sent_at", OffsetDateTime.class)),
                            rs.getString("last_error"));

    /**
     * Messages due for (re)delivery. The leading {@code status IN} lets both databases seek the
     * dispatch index instead of scanning every message ever sent (H2 scanned the table for the bare
     * {@code OR}).
     */
    private static final String DUE =
            "status IN ('pending', 'sending') AND ((status = 'pending' AND next_attempt_at <="
                    + " :now) OR (status = 'sending' AND claimed_until < :now))";

    /** An email to write into the outbox. */
    public record NewEmail(
            String messageId,
            String environmentId,
            String journeyId,
            String userId,
            String node,
            int visitNo,
            String to,
            Sender from,
            String subject,
            String html,
            String text) {}

    void insert(RunContext run, NewEmail e) {
        run.writes().part(PendingEmails.class, PendingEmails::new).add(e, run.now());
        run.writes().written(run.lookups());
    }

    /**
     * Writes a test send as already {@code delivered_locally} (no SMTP server is configured), so
     * that the dispatcher never touches it: it has no journey, step or visit to fail.
     */
    void insertDeliveredLocally(Handle h, NewEmail e, Instant now) {
        h.createUpdate(
                        "INSERT INTO email_outbox (message_id, environment_id, journey_id, user_id,"
                                + " node, visit_no, to_address, from_address, from_name, subject,"
                                + " html_body, text_body, status, attempts, next_attempt_at,"
                                + " created_at, sent_at) VALUES (:mid, :e, :j, :u, :n, :v, :to,"
                                + " :from, :fromName, :subject, :html, :text, 'delivered_locally',"
                                + " 1, :now, :now, :now)")
                .bind("mid", e.messageId())
                .bind("e", e.environmentId())
                .bind("j", e.journeyId())
                .bind("u", e.userId())
                .bind("n", e.node())
                .bind("v", e.visitNo())
                .bind("to", e.to())
                .bind("from", e.from().email())
                .bind("fromName", e.from().name())
                .bind("subject", e.subject())
                .bind("html", e.html())
                .bind("text", e.text())
                .bind("now", utc(now))
                .execute();
    }

    /**
     * Claims up to {@code limit} messages due for (re)delivery, oldest first, skipping rows another
     * dispatcher holds; also takes back messages whose claimer's lease ran out (a crash mid-send).
     */
    List<OutboxMessage> claim(Handle h, Instant now, String claimer, Duration lease, int limit) {
        List<Long> ids = SkipLocked.lockIds(h, dialect, "email_outbox", DUE, "id", now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        h.createUpdate(
                        "UPDATE email_outbox SET status = 'sending', claimed_by = :c,"
                                + " claimed_until = :until WHERE id IN (<ids>)")
                .bind("c", claimer)
                .bind("until", utc(now.plus(lease)))
                .bindList("ids", ids)
                .execute();
        return h.createQuery(COLUMNS + " WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", ids)
                .map(MAPPER)
                .list();
    }

    /**
     * Marks up to {@code limit} due messages {@code delivered_locally} (no SMTP server is
     * configured); returns how many.
     */
    int deliverLocally(Handle h, Instant now, int limit) {
        List<Long> ids = SkipLocked.lockIds(h, dialect, "email_outbox", DUE, "id", now, limit);
        if (ids.isEmpty()) {
            return 0;
        }
        int done =
                h.createUpdate(
                                "UPDATE email_outbox SET status = 'delivered_locally', attempts ="
                                        + " attempts + 1, sent_at = :now, next_attempt_at = :now,"
                                        + " last_error = NULL, claimed_by = NULL, claimed_until ="
                                        + " NULL WHERE id IN (<ids>)")
                        .bind("now", utc(now))
                        .bindList("ids", ids)
                        .execute();
        Steps.delivered(h, ids, "delivered_locally", null, now);
        return done;
    }

    /** Records the outcome of a delivery by {@code claimer}; false when the claim was lost. */
    boolean finish(
            Handle h,
            long id,
            String claimer,
            String status,
            int attempts,
            Instant nextAttempt,
            Instant sentAt,
            String error) {
        return h.createUpdate(
                                "UPDATE email_outbox SET status = :s, attempts = :a,"
                                        + " next_attempt_at = :next, sent_at = :sent, last_error ="
                                        + " :err, claimed_by = NULL, claimed_until = NULL WHERE id"
                                        + " = :id AND claimed_by = :c")
                        .bind("s", status)
                        .bind("a", attempts)
                        .bind("next", utc(nextAttempt))
                        .bind("sent", sentAt == null ? null : utc(sentAt))
                        .bind(
                                "err",
                                error == null || error.length() <= 2000
                                        ? error
                                        : error.substring(0, 2000))
                        .bind("id", id)
                        .bind("c", claimer)
                        .execute()
                > 0;
    }

    /**
     * Takes back every claim: messages being sent go back to pending. Only for a database no other
     * dispatcher can be using (an embedded H2 file at start); returns how many.
     */
    public int releaseAllClaims(Handle h) {
        return h.createUpdate(
                        "UPDATE email_outbox SET status = 'pending', claimed_by = NULL,"
                                + " claimed_until = NULL WHERE status = 'sending'")
                .execute();
    }

    public Optional<OutboxMessage> byMessageId(Handle h, String messageId) {
        return h.createQuery(COLUMNS + " WHERE message_id = :m")
                .bind("m", messageId)
                .map(MAPPER)
                .findOne();
    }

    /** Erases the user's emails (their address and rendered content are personal data). */
    public void deleteForUser(Handle h, String environmentId, String userId) {
        h.createUpdate("DELETE FROM email_outbox WHERE environment_id = :e AND user_id = :u")
                .bind("e", environmentId)
                .bind("u", userId)
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}

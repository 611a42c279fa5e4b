package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.engine.runtime.internal.WriteBehind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Held-back inserts into {@code email_outbox}, in the order the actions ran. Not thread-safe. */
final class PendingEmails implements WriteBehind.Part {
    private record Row(OutboxStore.NewEmail email, Instant at) {}

    private final List<Row> rows = new ArrayList<>();

    void add(OutboxStore.NewEmail email, Instant at) {
        rows.add(new Row(email, at));
    }

    @Override
    public void flush(Handle h) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch b =
                h.prepareBatch(
                        "INSERT INTO email_outbox (message_id, environment_id, journey_id,"
                                + " user_id, node, visit_no, to_address, from_address, from_name,"
                                + " subject, html_body, text_body, status, attempts,"
                                + " next_attempt_at, created_at) VALUES (:mid, :e, :j, :u, :n,"
                                + " :v, :to, :from, :fromName, :subject, :html, :text, 'pending',"
                                + " 0, :now, :now)");
        for (Row r : rows) {
            OutboxStore.NewEmail e = r.email();
            b.bind("mid", e.messageId())
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
                    .bind("now", r.at().atOffset(ZoneOffset.UTC))
                    .add();
        }
        b.execute();
        rows.clear();
    }
}

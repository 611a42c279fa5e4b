package com.ascendkit.journeys.engine.runtime.steps;

import com.ascendkit.journeys.engine.runtime.internal.WriteBehind;
import com.ascendkit.journeys.engine.store.EngineJson;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The steps of one transaction, inserted as one batch in the order they happened (their ids keep
 * that order, since a user's steps are written under the user's row lock). Not thread-safe.
 */
final class PendingSteps implements WriteBehind.Part {
    private final List<StepRow> rows = new ArrayList<>();

    void add(StepRow row) {
        rows.add(row);
    }

    @Override
    public void flush(Handle h) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch b =
                h.prepareBatch(
                        "INSERT INTO user_steps (environment_id, journey_id, user_id, visit_no,"
                                + " node, kind, happened_at, outcome, transition, target, event,"
                                + " message_id, reason, detail) VALUES (:e, :j, :u, :v, :n, :k,"
                                + " :at, :o, :t, :to, :ev, :m, :r, :d)");
        for (StepRow r : rows) {
            b.bind("e", r.environmentId())
                    .bind("j", r.journeyId())
                    .bind("u", r.userId())
                    .bind("v", r.visitNo())
                    .bind("n", r.node())
                    .bind("k", r.kind())
                    .bind("at", r.at().atOffset(ZoneOffset.UTC))
                    .bind("o", r.outcome())
                    .bind("t", r.transition())
                    .bind("to", r.target())
                    .bind("ev", r.event())
                    .bind("m", r.messageId())
                    .bind("r", Steps.truncate(r.reason()))
                    .bind("d", r.detail().isEmpty() ? null : EngineJson.write(r.detail()))
                    .add();
        }
        b.execute();
        rows.clear();
    }
}

package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.engine.store.Dialect;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Locks up to {@code limit} claimable rows of a work table ({@code id} primary key), skipping rows
 * other transactions hold: the first step of claiming due timers and emails.
 *
 * <p>PostgreSQL does it in one statement ({@code … ORDER BY … LIMIT n FOR UPDATE SKIP LOCKED}). H2
 * 2.4 accepts that statement but locks every row the WHERE clause matches, not just the first n
 * (checked: a second claimer then finds nothing at all), so on H2 the candidates are read first and
 * only they are locked, by primary key. Stateless.
 */
public final class SkipLocked {
    private SkipLocked() {}

    /**
     * @param where a condition using {@code :now}
     * @param order the claim order, e.g. {@code due_at, id}
     */
    public static List<Long> lockIds(
            Handle h,
            Dialect dialect,
            String table,
            String where,
            String order,
            Instant now,
            int limit) {
        String select = "SELECT id FROM " + table + " WHERE (" + where + ")";
        if (dialect == Dialect.POSTGRESQL) {
            return h.createQuery(
                            select + " ORDER BY " + order + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", now.atOffset(ZoneOffset.UTC))
                    .bind("limit", limit)
                    .mapTo(Long.class)
                    .list();
        }
        List<Long> candidates =
                h.createQuery(select + " ORDER BY " + order + " LIMIT :limit")
                        .bind("now", now.atOffset(ZoneOffset.UTC))
                        .bind("limit", limit)
                        .mapTo(Long.class)
                        .list();
        if (candidates.isEmpty()) {
            return candidates;
        }
        return h.createQuery(
                        select + " AND id IN (<ids>) ORDER BY " + order + " FOR UPDATE SKIP LOCKED")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bindList("ids", candidates)
                .mapTo(Long.class)
                .list();
    }
}

package com.ascendkit.journeys.engine.store;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction, retried when the database aborted it for a reason that a second try
 * cures: a deadlock or serialization failure, or the unique-key race of two transactions creating
 * the same counter row at once. The work must therefore have no effect outside the database until
 * the transaction commits (notifications are sent by the caller afterwards). A call inside another
 * on the same thread joins the outer transaction and leaves retrying to it.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 5;
    private static final ThreadLocal<Boolean> OUTERMOST = new ThreadLocal<>();

    private Transactions() {}

    public static <T> T inTransaction(Database db, HandleCallback<T, RuntimeException> work) {
        if (OUTERMOST.get() != null) {
            // Nested (e.g. a user's PUT inside the HTTP call's transaction, with its key):
            // Jdbi runs it on the thread's open handle, inside the outer transaction, so that both
            // commit together. A failure must abort the whole: only the outermost call retries.
            return db.jdbi().inTransaction(work);
        }
        OUTERMOST.set(Boolean.TRUE);
        try {
            return retrying(db, work);
        } finally {
            OUTERMOST.remove();
        }
    }

    private static <T> T retrying(Database db, HandleCallback<T, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.jdbi().inTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.debug(
                        "retrying a transaction aborted by the database (attempt {})", attempt, e);
            }
        }
    }

    public static void useTransaction(Database db, java.util.function.Consumer<Handle> work) {
        inTransaction(
                db,
                h -> {
                    work.accept(h);
                    return null;
                });
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("40001".equals(state) || "40P01".equals(state) || "23505".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}

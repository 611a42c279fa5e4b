package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.idempotency.IdempotencyRepository;
import com.ascendkit.journeys.engine.idempotency.StoredResponse;
import com.ascendkit.journeys.engine.internal.Hashes;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.Quoted;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * Runs a handler's work on the database and writes its answer. {@link #write} runs it in one
 * transaction (retried when the database aborts it for a deadlock or a race; run-time work called
 * inside joins it) together with the {@code Idempotency-Key} bookkeeping of a POST: the same key
 * with the same request within 24 h replays the first response and changes nothing; with a
 * different request it is a 409. Only successful responses are kept: a refused call changed
 * nothing, so running it again is safe. Thread-safe.
 */
public final class ApiCalls {
    /** How long a response is kept for replay. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final IdempotencyRepository idempotency;
    private final Clock clock;

    public ApiCalls(Database database, IdempotencyRepository idempotency, Clock clock) {
        this.database = database;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Runs {@code work} on a handle without a transaction and writes its result. */
    public void read(Context ctx, HandleCallback<ApiResult, RuntimeException> work) {
        send(ctx, render(database.jdbi().withHandle(work)));
    }

    /** Runs {@code work} in one transaction (with idempotency for POST) and writes its result. */
    public void write(Context ctx, HandleCallback<ApiResult, RuntimeException> work) {
        String key = idempotencyKey(ctx);
        if (key == null) {
            send(ctx, Transactions.inTransaction(database, h -> render(work.withHandle(h))));
            return;
        }
        Caller caller = Caller.of(ctx);
        String bodyHash = Hashes.sha256(RequestBody.bytes(ctx));
        try {
            send(ctx, keyed(ctx, caller, key, bodyHash, work));
        } catch (KeyRace race) {
            // Another request with the same key committed first: now its response is there.
            send(ctx, keyed(ctx, caller, key, bodyHash, work));
        }
    }

    private Rendered keyed(
            Context ctx,
            Caller caller,
            String key,
            String bodyHash,
            HandleCallback<ApiResult, RuntimeException> work) {
        String method = ctx.method().name();
        String path = ctx.path();
        return Transactions.inTransaction(
                database,
                h -> {
                    Optional<StoredResponse> prior =
                            idempotency.findForUpdate(h, caller.environmentId(), key);
                    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
                    if (prior.isPresent()) {
                        StoredResponse p = prior.get();
                        if (p.createdAt().plus(KEPT_FOR).isAfter(now)) {
                            return replay(p, method, path, bodyHash, key);
                        }
                        idempotency.delete(h, caller.environmentId(), key);
                    }
                    Rendered r = render(work.withHandle(h));
                    if (r.status() >= 200 && r.status() < 300) {
                        store(
                                h,
                                caller,
                                key,
                                new StoredResponse(
                                        method,
                                        path,
                                        bodyHash,
                                        r.status(),
                                        r.json(),
                                        r.etag(),
                                        now));
                    }
                    return r;
                });
    }

    private void store(Handle h, Caller caller, String key, StoredResponse response) {
        try {
            idempotency.insert(h, caller.environmentId(), key, response);
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new KeyRace();
            }
            throw e;
        }
    }

    private static Rendered replay(
            StoredResponse p, String method, String path, String bodyHash, String key) {
        if (!p.method().equals(method)
                || !p.path().equals(path)
                || !p.bodyHash().equals(bodyHash)) {
            throw ApiException.conflict(
                    IDEMPOTENCY_KEY,
                    "the Idempotency-Key "
                            + Quoted.of(key)
                            + " was already used for a different request ("
                            + p.method()
                            + " "
                            + p.path()
                            + "); use a new key for a new request");
        }
        return new Rendered(p.status(), p.response(), p.etag(), true);
    }

    private static String idempotencyKey(Context ctx) {
        if (!"POST".equals(ctx.method().name())) {
            return null;
        }
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > 255) {
            throw ApiException.invalid(
                    IDEMPOTENCY_KEY,
                    "the Idempotency-Key must have 1 to 255 characters, not " + key.length());
        }
        return ctx.attribute(Caller.ATTRIBUTE) == null ? null : key;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Rendered render(ApiResult r) {
        String json = r.body() == null ? null : EngineJson.write(r.body());
        String etag = r.etagVersion() == null ? null : "\"" + r.etagVersion() + "\"";
        return new Rendered(r.status(), json, etag, false);
    }

    private static void send(Context ctx, Rendered r) {
        ctx.status(r.status());
        if (r.etag() != null) {
            ctx.header("ETag", r.etag());
        }
        if (r.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        if (r.json() != null) {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(r.json());
        }
    }

    /** A response as sent: status, JSON text, ETag header. */
    private record Rendered(int status, String json, String etag, boolean replayed) {}

    /** The key was stored by a concurrent request between our lookup and our insert. */
    private static final class KeyRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyRace() {
            super("concurrent request with the same Idempotency-Key", null, false, false);
        }
    }
}

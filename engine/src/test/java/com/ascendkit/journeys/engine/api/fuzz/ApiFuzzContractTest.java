package com.ascendkit.journeys.engine.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.auth.AdminToken;
import com.ascendkit.journeys.engine.api.fuzz.OpenApiDocument.Operation;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's fuzz test: some thousands of requests over every route of {@code docs/openapi.yaml},
 * generated from it and mutated (see {@link RequestFactory}), sent over raw sockets to a real
 * engine (subclassed per database), each checked by {@link AnswerChecks} against a snapshot of the
 * whole database taken before and after it. The seed and the number of requests can be varied for
 * longer runs: {@code -Djourneys.fuzz.seed=123 -Djourneys.fuzz.requests=20000}. A failure lists the
 * kinds of failure with one example each (also written to {@code target/<test class>-report.txt}).
 */
public abstract class ApiFuzzContractTest {
    /** The database this run uses. */
    protected abstract DatabaseConfig database(Path tempDir);

    private static final long DEFAULT_SEED = 13;
    private static final int DEFAULT_REQUESTS = 3_000;

    /** Other changes (e.g. a new node) do not hurt: the fixture is re-read this often anyway. */
    private static final int REPLENISH_EVERY = 150;

    @TempDir Path dir;

    /**
     * Whether a request that changed something may have deleted, archived or renamed what the
     * requests aim at: adds and replacements (POST, PUT) leave the fixture usable.
     */
    private static boolean mayHaveSpoiled(FuzzRequest request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        return request.operation().path().contains("{")
                && !method.equals("PUT")
                && (!method.equals("POST") || request.target().contains("/archive"));
    }

    @Test
    void answersEveryFuzzedRequestAsTheContractSays() throws IOException {
        long seed = Long.getLong("journeys.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("journeys.fuzz.requests", DEFAULT_REQUESTS);
        String adminToken = AdminToken.newToken();
        // A simulated clock fires no timer by itself, and the outbox dispatcher polls once a day:
        // nothing but the requests changes the database, so every change is the request's.
        try (Engine engine =
                Engine.builder()
                        .database(database(dir))
                        .clock(new SimulatedClock(Instant.parse("2026-03-02T09:00:00Z")))
                        .adminToken(adminToken)
                        .port(0)
                        .runtime(s -> s.outboxPollInterval(Duration.ofDays(1)))
                        .streamHeartbeat(Duration.ofMillis(200))
                        .build()
                        .start()) {
            FuzzFixture fixture =
                    new FuzzFixture(
                            engine.url(),
                            engine.environments().create("home"),
                            engine.environments().create("other"),
                            adminToken);
            OpenApiDocument doc = OpenApiDocument.load();
            List<Operation> operations = doc.operations();
            RequestFactory factory = new RequestFactory(doc, new Random(seed), fixture);
            RawHttp http = new RawHttp("127.0.0.1", engine.port());
            FuzzReport report = new FuzzReport(seed);
            AnswerChecks checks = new AnswerChecks(doc.errorCodes(), report);
            DatabaseSnapshot before = null;
            FuzzRequest last = null;
            boolean stale = true;
            for (int i = 0; i < requests; i++) {
                if (stale || i % REPLENISH_EVERY == 0) {
                    boolean journeyOnly =
                            stale
                                    && last != null
                                    && last.operation().path().startsWith("/v1/journeys/");
                    fixture.replenish(journeyOnly);
                    before = DatabaseSnapshot.of(engine.database().dataSource());
                }
                FuzzRequest request = factory.next(operations.get(i % operations.size()));
                RawHttp.Answer answer = http.send(request);
                DatabaseSnapshot after = DatabaseSnapshot.of(engine.database().dataSource());
                List<String> changes = after.changesSince(before);
                checks.check(request, answer, changes);
                before = after;
                last = request;
                stale = !changes.isEmpty() && mayHaveSpoiled(request);
            }
            Files.writeString(
                    Path.of("target", getClass().getSimpleName() + "-report.txt"), report.text());
            assertThat(report.clean()).as(report.text()).isTrue();
        }
    }
}

package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.runtime.timers.SimulatedClock;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Two engine processes on one PostgreSQL schema fire 10,000 due timers, each exactly once, and both
 * take part. The timers are made honestly: an engine enrolls 10,000 users in a journey whose entry
 * node moves on after 1 day, then stops. Once both wall-clock engines run, the timers are made due
 * in one statement (as if that day had passed), so that both pollers find them: started one after
 * the other on overdue timers, the first engine could fire them all before the second is up, and
 * the test would not show that they share the work.
 */
class TwoEnginesPostgresTest {
    private static final int USERS = 10_000;
    private static final Pattern FIRED = Pattern.compile("poller-\\w+ fired (\\d+) due timers");

    @TempDir Path dir;

    @Test
    void twoEnginesFireEachOverdueTimerOnce() throws Exception {
        DatabaseConfig config = TestDatabases.postgres();
        String[] made = enrollWithTimersDue(config);
        String journeyId = made[0];
        String url = TestDatabases.POSTGRES_URL + "?currentSchema=" + config.schema();
        String[] args = {"--database-url", url, "--database-user", TestDatabases.POSTGRES_USER};

        try (EngineProcess a = EngineProcess.start(dir, "a", args);
                EngineProcess b = EngineProcess.start(dir, "b", args);
                Database db = Database.open(config)) {
            int madeDue =
                    db.jdbi()
                            .withHandle(
                                    h ->
                                            h.execute(
                                                    "UPDATE journey_timers SET due_at = due_at -"
                                                            + " INTERVAL '2 days'"));
            assertThat(madeDue).isEqualTo(USERS);
            // Bounds a hang only (the loop ends once the timers are gone): generous, the machine
            // may be shared.
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (db.jdbi().withHandle(TwoEnginesPostgresTest::timersLeft) > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(200); // polling the engines' progress, not time logic
            }
            db.jdbi()
                    .useHandle(
                            h -> {
                                assertThat(timersLeft(h)).as(a.log() + b.log()).isZero();
                                assertThat(
                                                h.createQuery(
                                                                "SELECT COUNT(*) FROM (SELECT"
                                                                        + " user_id FROM user_visits"
                                                                        + " WHERE journey_id = :j"
                                                                        + " GROUP BY user_id HAVING"
                                                                        + " COUNT(*) <> 2) odd")
                                                        .bind("j", journeyId)
                                                        .mapTo(Long.class)
                                                        .one())
                                        .as("users with other than two visits")
                                        .isZero();
                                assertThat(visitsTo(h, journeyId, "next")).isEqualTo(USERS);
                            });
            long firedByA = firedIn(a.log());
            long firedByB = firedIn(b.log());
            LoggerFactory.getLogger(TwoEnginesPostgresTest.class)
                    .info("engine a fired {} timers, engine b {}", firedByA, firedByB);
            assertThat(firedByA).as("timers fired by engine a").isPositive();
            assertThat(firedByB).as("timers fired by engine b").isPositive();
            assertThat(firedByA + firedByB).isEqualTo(USERS);
            ApiClient api = new ApiClient(a.url(), made[1]);
            var analytics = api.get("/v1/journeys/" + journeyId + "/analytics").json();
            assertThat(analytics.get("transitions").get("wait").get("fired").asLong())
                    .isEqualTo(USERS);
            assertThat(analytics.get("nodes").get("next").get("entered").asLong()).isEqualTo(USERS);
            assertThat(analytics.get("totals").get("completed").asLong()).isEqualTo(USERS);
            assertThat(analytics.get("totals").get("active").asLong()).isZero();
        }
    }

    /**
     * Enrolls the users (their timers fall due in a day); returns the journey id and its
     * environment's secret key.
     */
    private String[] enrollWithTimersDue(DatabaseConfig config) {
        SimulatedClock now = new SimulatedClock(Instant.now());
        try (Engine engine = Engine.builder().database(config).clock(now).port(0).build().start()) {
            String key = engine.environments().create("bulk").secretKey();
            ApiClient api = new ApiClient(engine.url(), key);
            String id =
                    ok(api.post(
                                    "/v1/journeys",
                                    "{\"name\": \"Timers\", \"entryEvent\": \"user.created\","
                                            + " \"entryNode\": \"welcome\"}"))
                            .journey()
                            .get("id")
                            .asText();
            ok(
                    api.post(
                            "/v1/journeys/" + id + "/nodes",
                            "{\"name\": \"next\", \"terminal\": true}"));
            ok(
                    api.post(
                            "/v1/journeys/" + id + "/transitions",
                            "{\"name\": \"wait\", \"from\": \"welcome\", \"to\": \"next\","
                                    + " \"trigger\": {\"type\": \"timer\", \"delay\": \"1d\"}}"));
            ok(api.post("/v1/journeys/" + id + "/activate", ""));
            for (int from = 0; from < USERS; from += 1000) {
                String events =
                        IntStream.range(from, from + 1000)
                                .mapToObj(
                                        u ->
                                                "{\"kind\": \"system\", \"userId\": \"u"
                                                        + u
                                                        + "\", \"event\": \"user.created\"}")
                                .collect(Collectors.joining(","));
                ok(api.post("/v1/events/batch", "{\"events\": [" + events + "]}"));
            }
            return new String[] {id, key};
        }
    }

    /** The timers an engine's log says it fired (its poller logs each poll that fired some). */
    private static long firedIn(String log) {
        return FIRED.matcher(log).results().mapToLong(m -> Long.parseLong(m.group(1))).sum();
    }

    private static long timersLeft(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM journey_timers").mapTo(Long.class).one();
    }

    private static long visitsTo(Handle h, String journeyId, String node) {
        return h.createQuery("SELECT COUNT(*) FROM user_visits WHERE journey_id = :j AND node = :n")
                .bind("j", journeyId)
                .bind("n", node)
                .mapTo(Long.class)
                .one();
    }

    private static ApiClient.Response ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}

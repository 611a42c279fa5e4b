package com.ascendkit.journeys.engine.api.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.environments.IssuedKeys;
import com.ascendkit.journeys.engine.journeys.JourneyDraft;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.ascendkit.journeys.engine.store.TestDatabases;
import com.ascendkit.journeys.engine.store.Transactions;
import com.ascendkit.journeys.model.ReEntryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 3 over real sockets: slow bodies and open journey streams must not starve {@code
 * GET /v1/health}, a trickled body ends in a 408, and the caps per key and per address refuse with
 * a 429. Each test starts its own engine with the limits it is about.
 */
class SlowClientsTest {
    /** Long enough for a loaded CI machine, short enough that a stuck server fails the test. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private static final String TRACK = "{\"userId\": \"u1\", \"event\": \"page.viewed\"}";

    @TempDir Path dir;
    private final List<RawConnection> connections = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Engine engine;
    private IssuedKeys keys;
    private String journeyId;

    @AfterEach
    void stop() throws IOException {
        for (RawConnection c : connections) {
            c.close();
        }
        if (engine != null) {
            engine.stop();
        }
    }

    @Test
    void answersHealthWithinOneSecondWhenHundredsOfSlowBodiesAndStreamsAreOpen() throws Exception {
        // 16 platform threads: the old engine served each request on one, so 300 slow clients
        // took them all; the limits stay high enough that nothing here is refused or timed out.
        start(HttpLimits.defaults().withPlatformThreads(16).withBodyReadTimeout(minutes(5)));
        // The test's own client loads its classes and connects: not the engine's time.
        health(READ_TIMEOUT);
        for (int batch = 0; batch < 6; batch++) {
            for (int i = 0; i < 25; i++) {
                connections.add(
                        open().head("POST", "/v1/events/track", keys.publishableKey(), 100)
                                .send("{"));
                RawConnection stream = open().head("GET", streamPath(), keys.secretKey(), -1);
                stream.readUntil("event: journey");
                connections.add(stream);
            }
            assertHealthAnswersWithinOneSecond();
        }
        for (int i = 0; i < 10; i++) {
            assertHealthAnswersWithinOneSecond();
        }
    }

    @Test
    void answers408WhenABodyTricklesPastTheDeadline() throws Exception {
        start(HttpLimits.defaults().withBodyReadTimeout(Duration.ofSeconds(1)));
        RawConnection slow = open().head("POST", "/v1/events/track", keys.publishableKey(), 100);
        long started = System.nanoTime();
        String answer = null;
        for (int i = 0; i < 99 && answer == null; i++) {
            slow.send(" ");
            answer = slow.readResponseWithin(Duration.ofMillis(200));
        }

        assertThat(answer).isNotNull().startsWith("HTTP/1.1 408").contains("\"request_timeout\"");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT);
    }

    @Test
    void answers408WhenABodyStopsArriving() throws Exception {
        start(HttpLimits.defaults().withBodyReadTimeout(Duration.ofSeconds(1)));
        RawConnection silent =
                open().head("POST", "/v1/events/track", keys.publishableKey(), 100).send("{");

        assertThat(silent.readResponse())
                .startsWith("HTTP/1.1 408")
                .contains("\"code\":\"request_timeout\"");
    }

    @Test
    void answersABodyThatArrivesInTime() throws Exception {
        start(HttpLimits.defaults().withBodyReadTimeout(Duration.ofSeconds(1)));
        byte[] body = TRACK.getBytes(StandardCharsets.UTF_8);
        RawConnection c =
                open().head("POST", "/v1/events/track", keys.publishableKey(), body.length);
        c.send(TRACK);

        assertThat(c.readResponse()).startsWith("HTTP/1.1 200");
    }

    @Test
    void refusesARequestOverTheKeyCapWith429() throws Exception {
        start(HttpLimits.defaults().withMaxRequestsPerKey(3));
        for (int i = 0; i < 3; i++) {
            RawConnection stream = open().head("GET", streamPath(), keys.secretKey(), -1);
            stream.readUntil("event: journey");
            connections.add(stream);
        }

        ApiClient.Response over = new ApiClient(engine.url(), keys.secretKey()).get("/v1/journeys");

        assertThat(over.status()).as(over.toString()).isEqualTo(429);
        assertThat(over.errorCode()).isEqualTo("too_many_requests");
        assertThat(over.header("Retry-After")).contains("1");
        assertHealthAnswersWithinOneSecond();
    }

    @Test
    void refusesARequestOnAConnectionOverTheAddressCapButNotHealth() throws Exception {
        start(HttpLimits.defaults().withMaxConnectionsPerAddress(4));
        for (int i = 0; i < 4; i++) {
            RawConnection stream = open().head("GET", streamPath(), keys.secretKey(), -1);
            stream.readUntil("event: journey");
            connections.add(stream);
        }

        String over = open().head("GET", "/v1/journeys", keys.secretKey(), -1).readResponse();
        String health = open().head("GET", "/v1/health", null, -1).readResponse();

        assertThat(over).startsWith("HTTP/1.1 429").contains("\"code\":\"too_many_requests\"");
        assertThat(over).containsIgnoringCase("Retry-After: 1");
        assertThat(health).startsWith("HTTP/1.1 200");
    }

    @Test
    void answersHealthWithinOneSecondWhenEveryPooledConnectionIsTaken() throws Exception {
        start(HttpLimits.defaults(), TestDatabases.h2(dir).withPoolSize(2));
        // The test's own client loads its classes and connects: not the engine's time.
        health(READ_TIMEOUT);

        // A burst of requests queued for the pool looks like this to the health check: no
        // connection free (the old check waited for one, 30 s).
        try (Connection one = engine.database().dataSource().getConnection();
                Connection two = engine.database().dataSource().getConnection()) {
            assertThat(one.isValid(1) && two.isValid(1)).isTrue();
            assertHealthAnswersWithinOneSecond();
        }
    }

    private void start(HttpLimits limits) {
        start(limits, TestDatabases.h2(dir));
    }

    private void start(HttpLimits limits, DatabaseConfig database) {
        engine = Engine.builder().database(database).port(0).httpLimits(limits).build().start();
        keys = engine.environments().create("development");
        // In process: a connection of the test's own would count against the address's cap.
        journeyId =
                Transactions.inTransaction(
                                engine.database(),
                                h ->
                                        engine.services()
                                                .journeys()
                                                .create(
                                                        h,
                                                        keys.environmentId(),
                                                        JourneyDraft.start(
                                                                "Onboarding",
                                                                "user.created",
                                                                null,
                                                                "start",
                                                                ReEntryPolicy.SKIP)))
                        .journey()
                        .id();
    }

    private RawConnection open() throws IOException {
        RawConnection c = new RawConnection(engine.url(), READ_TIMEOUT);
        connections.add(c);
        return c;
    }

    private String streamPath() {
        return "/v1/journeys/" + journeyId + "/stream";
    }

    private void assertHealthAnswersWithinOneSecond() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = health(Duration.ofSeconds(1));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    private HttpResponse<String> health(Duration timeout) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(engine.url() + "/v1/health"))
                        .timeout(timeout)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Duration minutes(int n) {
        return Duration.ofMinutes(n);
    }
}

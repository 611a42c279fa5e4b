package com.ascendkit.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiClient;
import com.ascendkit.journeys.engine.store.Database;
import com.ascendkit.journeys.engine.store.DatabaseConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The engine process is killed (SIGKILL) while 5,000 events stream in from four senders at once,
 * then restarted on the same H2 file: every acknowledged event took effect exactly once, every
 * email that fell due was delivered, and a second copy exists only of a send in flight at the kill,
 * with the same Message-ID. Each event enrolls a distinct user in a {@code restart} journey, so an
 * event applied twice would count a second enrollment and write a second email.
 */
class CrashSafetyTest {
    private static final int EVENTS = 5000;
    private static final int BATCH = 50;
    private static final int BATCHES = EVENTS / BATCH;
    private static final int EMAIL_EVERY = 10; // users with an address: their welcome email is due
    private static final int KILL_AFTER = 40; // acknowledged batches
    private static final int SENDERS = 4;

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                    .withPerMethodLifecycle(false);

    @TempDir Path dir;

    private String[] engineArgs() {
        return new String[] {
            "--data",
            dir.resolve("data").toString(),
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            String.valueOf(MAIL.getSmtp().getPort())
        };
    }

    @Test
    void appliesEveryAcknowledgedEventOnceAndDeliversEveryDueEmailAcrossAKill() throws Exception {
        EngineProcess first = EngineProcess.start(dir, "first", engineArgs());
        ApiClient api = first.api();
        String journeyId = setUp(api);
        for (int u = 0; u < EVENTS; u += EMAIL_EVERY) {
            ok(api.put("/v1/users/u" + u, "{\"email\": \"u" + u + "@example.com\"}"));
        }

        // Several senders at once, so that the kill also meets transactions committing
        // concurrently (on H2 they queue for the store lock and may share one store).
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            int start = t;
            Thread sender =
                    new Thread(
                            () -> {
                                for (int b = start; b < BATCHES; b += SENDERS) {
                                    try {
                                        if (send(api, b).status() != 200) {
                                            return;
                                        }
                                        acked.add(b);
                                    } catch (UncheckedIOException killed) {
                                        return;
                                    }
                                }
                            },
                            "event-sender-" + t);
            senders.add(sender);
            sender.start();
        }
        while (acked.size() < KILL_AFTER && senders.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(1); // polling the senders' progress, not time logic
        }
        first.kill();
        for (Thread sender : senders) {
            sender.join();
        }
        int ackedBeforeKill = acked.size();
        assertThat(ackedBeforeKill).as("batches acknowledged before the kill").isLessThan(BATCHES);

        Set<String> inFlight = sendingAtTheKill();

        try (EngineProcess second = EngineProcess.start(dir, "second", engineArgs())) {
            ApiClient again = second.api();
            // The client retries every batch it holds no answer for, with the same key.
            for (int b = 0; b < BATCHES; b++) {
                if (acked.contains(b)) {
                    continue;
                }
                JsonNode results = ok(send(again, b), second).json().get("results");
                results.forEach(r -> assertThat(r.get("accepted").asBoolean()).isTrue());
            }

            JsonNode totals =
                    ok(again.get("/v1/journeys/" + journeyId + "/analytics")).json().get("totals");
            assertThat(totals.get("enrolled").asLong()).isEqualTo(EVENTS);
            assertThat(totals.get("completed").asLong()).isEqualTo(EVENTS / EMAIL_EVERY);
            assertThat(totals.get("failed").asLong()).isEqualTo(EVENTS - EVENTS / EMAIL_EVERY);
            for (int b : List.copyOf(acked).subList(0, Math.min(5, ackedBeforeKill))) {
                JsonNode user = ok(again.get("/v1/users/u" + b * BATCH)).json();
                assertThat(user.get("journeys").get(0).get("path")).hasSize(1);
            }

            Set<String> outbox = awaitDrained(again, journeyId);
            assertThat(outbox).hasSize(EVENTS / EMAIL_EVERY);
            Map<String, Long> copies =
                    List.of(MAIL.getReceivedMessages()).stream()
                            .collect(
                                    Collectors.groupingBy(
                                            CrashSafetyTest::messageId, Collectors.counting()));
            assertThat(copies.keySet()).isEqualTo(outbox);
            Set<String> repeated =
                    copies.entrySet().stream()
                            .filter(e -> e.getValue() > 1)
                            .map(Map.Entry::getKey)
                            .collect(Collectors.toSet());
            LoggerFactory.getLogger(CrashSafetyTest.class)
                    .info(
                            "killed after {} of {} batches acknowledged; {} emails in flight at the"
                                    + " kill, {} delivered twice",
                            ackedBeforeKill,
                            BATCHES,
                            inFlight.size(),
                            repeated.size());
            assertThat(inFlight).containsAll(repeated);
            assertThat(copies.values()).allMatch(n -> n <= 2);
            assertPathsHaveNoGapAndNoDouble(again, journeyId);
        }
    }

    /**
     * Every step is written in the transaction of its change, so across the kill each user's
     * recorded path is whole and once: a sample of the users with an address (welcome queued, then
     * sent once, even when its delivery was in flight at the kill) and without.
     */
    private static void assertPathsHaveNoGapAndNoDouble(ApiClient api, String journeyId) {
        for (int u = 0; u < EVENTS; u += 5 * EMAIL_EVERY / 2) {
            JsonNode steps =
                    ok(api.get("/v1/journeys/" + journeyId + "/users/u" + u + "/path"))
                            .json()
                            .get("steps");
            List<String> kinds = new ArrayList<>();
            steps.forEach(
                    st ->
                            kinds.add(
                                    st.get("kind").asText()
                                            + (st.has("outcome")
                                                    ? ":" + st.get("outcome").asText()
                                                    : "")));
            if (u % EMAIL_EVERY == 0) {
                assertThat(kinds)
                        .as("user u" + u)
                        .containsExactly("entered", "action:queued", "completed", "email:sent");
            } else {
                assertThat(kinds)
                        .as("user u" + u)
                        .containsExactly("entered", "action:failed", "failed");
            }
        }
    }

    private static String setUp(ApiClient api) {
        ok(
                api.put(
                        "/v1/email/templates/welcome",
                        "{\"subject\": \"Welcome {{name}}\", \"text\": \"Hello {{name}}\"}"));
        String id =
                ok(api.post(
                                "/v1/journeys",
                                "{\"name\": \"Crash\", \"entryEvent\": \"user.created\","
                                        + " \"entryNode\": \"welcome\", \"reEntryPolicy\":"
                                        + " \"restart\"}"))
                        .journey()
                        .get("id")
                        .asText();
        ok(
                api.post(
                        "/v1/journeys/" + id + "/nodes",
                        "{\"name\": \"welcome\", \"terminal\": true, \"action\": {\"type\":"
                                + " \"send_email\", \"templateSlug\": \"welcome\"}}"));
        ok(api.post("/v1/journeys/" + id + "/activate", ""));
        return id;
    }

    private static ApiClient.Response send(ApiClient api, int batch) {
        String events =
                IntStream.range(batch * BATCH, (batch + 1) * BATCH)
                        .mapToObj(
                                u ->
                                        "{\"kind\": \"system\", \"userId\": \"u"
                                                + u
                                                + "\", \"event\": \"user.created\"}")
                        .collect(Collectors.joining(","));
        return api.post(
                "/v1/events/batch",
                "{\"events\": [" + events + "]}",
                "Idempotency-Key",
                "crash-batch-" + batch);
    }

    /** The Message-IDs the dead engine was sending (read from its file, now unlocked). */
    private Set<String> sendingAtTheKill() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("data")))) {
            return new HashSet<>(
                    db.jdbi()
                            .withHandle(
                                    h ->
                                            h.createQuery(
                                                            "SELECT message_id FROM email_outbox"
                                                                    + " WHERE status = 'sending'")
                                                    .mapTo(String.class)
                                                    .list()));
        }
    }

    /** Waits until every email of the journey is sent; returns their Message-IDs. */
    private static Set<String> awaitDrained(ApiClient api, String journeyId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode items =
                    ok(api.get("/v1/email/outbox?limit=1000&journeyId=" + journeyId))
                            .json()
                            .get("items");
            Map<String, String> status = new java.util.HashMap<>();
            items.forEach(m -> status.put(m.get("messageId").asText(), m.get("status").asText()));
            boolean drained = status.values().stream().allMatch("sent"::equals);
            if (drained || System.nanoTime() > deadline) {
                assertThat(status.values()).allMatch("sent"::equals);
                return status.keySet();
            }
            Thread.sleep(100); // polling the dispatcher, not time logic
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiClient.Response ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }

    /** As {@link #ok(ApiClient.Response)}, quoting the engine's log when it failed the request. */
    private static ApiClient.Response ok(ApiClient.Response r, EngineProcess engine) {
        if (r.status() >= 500) {
            assertThat(r.status()).as(r + "\nthe engine's log:\n" + engine.log()).isLessThan(500);
        }
        return ok(r);
    }
}

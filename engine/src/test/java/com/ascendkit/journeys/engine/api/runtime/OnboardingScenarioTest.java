package com.ascendkit.journeys.engine.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.runtime.RuntimeSettings;
import com.ascendkit.journeys.engine.runtime.email.SmtpConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The product document's onboarding journey, run for 200 users through HTTP on a simulated clock,
 * with real SMTP delivery (GreenMail): 50 users log in on day 1 (welcome_email → done), the other
 * 150 are nudged after 2 days, and 60 of those log in then (nudge_1 → done).
 */
abstract class OnboardingScenarioTest extends RuntimeEngineTestBase {
    private static final int USERS = 200;
    private static final int EARLY = 50;
    private static final int NUDGED_LOGINS = 60;

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                    .withPerMethodLifecycle(false);

    @Override
    protected void configure(RuntimeSettings.Builder settings) {
        super.configure(settings);
        settings.smtp(SmtpConfig.plain("127.0.0.1", MAIL.getSmtp().getPort()))
                .defaultSender("hello@journeys.example", "Journeys");
    }

    @Test
    void runsTheOnboardingJourneyForTwoHundredUsers() throws Exception {
        newEnvironment();
        String id = onboardingJourney();
        Instant start = clock.instant();
        for (int i = 0; i < USERS; i++) {
            ok(
                    api.put(
                            "/v1/users/u" + i,
                            "{\"email\": \"u"
                                    + i
                                    + "@example.com\", \"name\": \"User "
                                    + i
                                    + "\"}"));
        }
        batch("user.created", 0, USERS);
        advance("1d");
        batch("user.login", 0, EARLY);
        JsonNode clockState = advance("1d").json();
        assertThat(clockState.get("timersFired").asInt()).isEqualTo(USERS - EARLY);
        assertThat(clockState.get("now").asText())
                .isEqualTo(start.plus(Duration.ofDays(2)).toString());
        advance("3h");
        batch("user.login", EARLY, EARLY + NUDGED_LOGINS);

        List<MimeMessage> received = awaitEmails(USERS + (USERS - EARLY));
        Map<String, Long> bySubject =
                received.stream()
                        .collect(Collectors.groupingBy(this::subject, Collectors.counting()));
        assertThat(bySubject).containsEntry("Welcome, User 7!", 1L);
        assertThat(bySubject).containsEntry("We miss you, User 199", 1L);
        assertThat(bySubject).doesNotContainKey("We miss you, User 7");
        assertThat(bySubject.keySet().stream().filter(s -> s.startsWith("Welcome,")))
                .hasSize(USERS);
        assertThat(bySubject.keySet().stream().filter(s -> s.startsWith("We miss you,")))
                .hasSize(USERS - EARLY);
        MimeMessage welcome7 =
                received.stream()
                        .filter(m -> subject(m).equals("Welcome, User 7!"))
                        .findFirst()
                        .orElseThrow();
        assertThat(GreenMailUtil.getBody(welcome7)).contains("Hi User 7,");
        assertThat(welcome7.getAllRecipients()[0].toString()).isEqualTo("u7@example.com");
        assertThat(welcome7.getFrom()[0].toString()).contains("hello@journeys.example");

        JsonNode analytics = analytics(id);
        JsonNode totals = analytics.get("totals");
        assertThat(totals.get("enrolled").asLong()).isEqualTo(USERS);
        assertThat(totals.get("completed").asLong()).isEqualTo(EARLY + NUDGED_LOGINS);
        assertThat(totals.get("active").asLong()).isEqualTo(USERS - EARLY - NUDGED_LOGINS);
        assertThat(totals.get("failed").asLong()).isZero();
        JsonNode nodes = analytics.get("nodes");
        assertThat(nodes.get("welcome_email").get("entered").asLong()).isEqualTo(USERS);
        assertThat(nodes.get("welcome_email").get("current").asLong()).isZero();
        assertThat(nodes.get("nudge_1").get("entered").asLong()).isEqualTo(USERS - EARLY);
        assertThat(nodes.get("nudge_1").get("current").asLong())
                .isEqualTo(USERS - EARLY - NUDGED_LOGINS);
        assertThat(nodes.get("done").get("entered").asLong()).isEqualTo(EARLY + NUDGED_LOGINS);
        // 50 visits of 1 day and 150 of 2 days: 1.75 days on average, median 2 days (±9 %).
        assertThat(nodes.get("welcome_email").get("avgSecondsInNode").asDouble())
                .isEqualTo((EARLY * 86_400.0 + (USERS - EARLY) * 172_800.0) / USERS);
        assertThat(nodes.get("welcome_email").get("medianSecondsInNode").asDouble())
                .isBetween(172_800 / 1.091, 172_800 * 1.091);
        assertThat(nodes.get("nudge_1").get("avgSecondsInNode").asDouble()).isEqualTo(3 * 3600.0);
        JsonNode transitions = analytics.get("transitions");
        assertRate(transitions.get("welcome_email-to-nudge_1"), USERS - EARLY, 0.75);
        assertRate(transitions.get("welcome_email-to-done"), EARLY, 0.25);
        assertRate(transitions.get("nudge_1-to-done"), NUDGED_LOGINS, 0.4);

        JsonNode stats = ok(api.get("/v1/journeys/" + id)).journey().get("stats");
        assertThat(stats).isEqualTo(totals);
        Map<String, Long> usersHere = new HashMap<>();
        ok(api.get("/v1/journeys/" + id + "/nodes"))
                .json()
                .get("items")
                .forEach(n -> usersHere.put(n.get("name").asText(), n.get("usersHere").asLong()));
        assertThat(usersHere)
                .containsEntry("welcome_email", 0L)
                .containsEntry("nudge_1", (long) (USERS - EARLY - NUDGED_LOGINS))
                .containsEntry("done", 0L);

        JsonNode path = user("u60").get("journeys").get(0).get("path");
        assertThat(path).hasSize(3);
        assertVisit(path.get(0), "welcome_email", start, start.plus(Duration.ofDays(2)));
        assertThat(path.get(0).get("transition").asText()).isEqualTo("welcome_email-to-nudge_1");
        Instant login = start.plus(Duration.ofDays(2)).plus(Duration.ofHours(3));
        assertVisit(path.get(1), "nudge_1", start.plus(Duration.ofDays(2)), login);
        assertThat(path.get(1).get("transition").asText()).isEqualTo("nudge_1-to-done");
        assertThat(path.get(2).get("node").asText()).isEqualTo("done");
        assertThat(path.get(2).get("outcome").asText()).isEqualTo("completed");
        assertThat(user("u60").get("journeys").get(0).get("status").asText())
                .isEqualTo("completed");

        JsonNode outbox =
                ok(api.get("/v1/email/outbox?journeyId=" + id + "&limit=1000")).json().get("items");
        assertThat(outbox).hasSize(USERS + USERS - EARLY);
        awaitAllSent(id);
    }

    private void batch(String event, int from, int to) {
        String events =
                IntStream.range(from, to)
                        .mapToObj(
                                i ->
                                        "{\"kind\": \"system\", \"userId\": \"u"
                                                + i
                                                + "\", \"event\": \""
                                                + event
                                                + "\"}")
                        .collect(Collectors.joining(","));
        JsonNode results =
                ok(api.post("/v1/events/batch", "{\"events\": [" + events + "]}")).json();
        results.get("results").forEach(r -> assertThat(r.get("accepted").asBoolean()).isTrue());
    }

    private List<MimeMessage> awaitEmails(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (MAIL.getReceivedMessages().length < count && System.nanoTime() < deadline) {
            Thread.sleep(100); // polling for the dispatcher's deliveries, not for time logic
        }
        MimeMessage[] all = MAIL.getReceivedMessages();
        assertThat(all).hasSize(count);
        return List.of(all);
    }

    private void awaitAllSent(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode items =
                    ok(api.get("/v1/email/outbox?journeyId=" + id + "&limit=1000"))
                            .json()
                            .get("items");
            long sent = 0;
            for (JsonNode m : items) {
                sent += m.get("status").asText().equals("sent") ? 1 : 0;
            }
            if (sent == items.size() || System.nanoTime() > deadline) {
                assertThat(sent).isEqualTo(items.size());
                return;
            }
            Thread.sleep(100);
        }
    }

    private String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRate(JsonNode transition, long fired, double rate) {
        assertThat(transition.get("fired").asLong()).isEqualTo(fired);
        assertThat(transition.get("conversionRate").asDouble()).isEqualTo(rate);
    }

    private static void assertVisit(JsonNode visit, String node, Instant entered, Instant left) {
        assertThat(visit.get("node").asText()).isEqualTo(node);
        assertThat(visit.get("enteredAt").asText()).isEqualTo(entered.toString());
        assertThat(visit.get("leftAt").asText()).isEqualTo(left.toString());
    }
}

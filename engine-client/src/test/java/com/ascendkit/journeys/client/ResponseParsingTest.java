package com.ascendkit.journeys.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.email.OutboxPage;
import com.ascendkit.journeys.client.email.OutboxQuery;
import com.ascendkit.journeys.client.events.BatchEvent;
import com.ascendkit.journeys.client.events.BatchResult;
import com.ascendkit.journeys.client.events.EventReceipt;
import com.ascendkit.journeys.client.events.TrackEvent;
import com.ascendkit.journeys.client.exception.EngineServerException;
import com.ascendkit.journeys.client.users.UserProfile;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneySummary;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers written as the contract ({@code docs/openapi.yaml}) describes them, read into the model's
 * and the client's types.
 */
class ResponseParsingTest {
    private final MockEngine engine = new MockEngine();
    private final EngineClient client = engine.client();

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void readsAJourneyResponse() {
        engine.json(200, Fixtures.JOURNEY_RESPONSE);

        JourneyResult result = client.journeys().get("jrn_a1B2c3D4e5F6");
        Journey j = result.journey();

        assertThat(j.status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(j.reEntryPolicy()).isEqualTo(ReEntryPolicy.SKIP);
        assertThat(j.entryConditions())
                .containsEntry("provider", "credentials")
                .containsEntry("beta", true)
                .containsEntry("score", new BigDecimal("1.10"));
        assertThat(j.nodes().keySet())
                .containsExactly("welcome_email", "nudge_1", "activated", "done");
        assertThat(j.nodes().get("welcome_email").action())
                .isEqualTo(
                        new Action.SendEmail(
                                "welcome",
                                "nps",
                                "hello@yourapp.com",
                                Map.of("cta", "Get started")));
        assertThat(j.nodes().get("welcome_email").position()).isEqualTo(new Position(120.5, 80));
        assertThat(j.nodes().get("nudge_1").action()).isEqualTo(new Action.TagUser("nudged"));
        assertThat(j.nodes().get("activated").action())
                .isEqualTo(new Action.AdvanceStage("active"));
        assertThat(j.nodes().get("done").terminal()).isTrue();
        assertThat(j.transitions().get(0).trigger())
                .isEqualTo(new Trigger.Timer(new Delay(2, 'd')));
        assertThat(j.transitions().get(1).trigger())
                .isEqualTo(new Trigger.Event("user.login", Map.of("plan", "pro")));
        assertThat(j.stats().completed()).isEqualTo(5);
        assertThat(j.updatedAt()).isEqualTo(Instant.parse("2025-03-02T08:00:00.123Z"));
    }

    @Test
    void readsWarningsWithSnakeCaseCodesAndSuppressed() {
        engine.json(200, Fixtures.JOURNEY_RESPONSE);

        JourneyResult result = client.journeys().get("jrn_a1B2c3D4e5F6");

        assertThat(result.warningsSuppressed()).isTrue();
        assertThat(result.warnings())
                .extracting(w -> w.code())
                .containsExactly(
                        WarningCode.DEAD_END,
                        WarningCode.UNVERIFIED_SENDER,
                        WarningCode.SHADOWED_TRANSITION);
        assertThat(result.warnings().get(2).transition()).isEqualTo("login-success");
        assertThat(result.visibleWarnings())
                .singleElement()
                .satisfies(w -> assertThat(w.node()).isEqualTo("welcome_email"));
    }

    @Test
    void versionComesFromTheEtag() {
        engine.enqueue(
                new MockResponse()
                        .setResponseCode(200)
                        .setHeader("ETag", "\"8\"")
                        .setBody(Fixtures.JOURNEY_RESPONSE));

        assertThat(client.journeys().get("jrn_a1B2c3D4e5F6").version()).isEqualTo(8);
    }

    @Test
    void versionFallsBackToTheJourneysWithoutEtag() {
        engine.json(200, Fixtures.JOURNEY_RESPONSE);

        assertThat(client.journeys().get("jrn_a1B2c3D4e5F6").version()).isEqualTo(7);
    }

    @Test
    void readsListsFromTheItemsEnvelopeOrBare() {
        String row =
                "{\"id\":\"jrn_a1B2c3D4e5F6\",\"name\":\"Onboarding\",\"status\":\"active\","
                        + "\"version\":3,\"entryEvent\":\"user.created\",\"nodeCount\":4,"
                        + "\"transitionCount\":2,\"stats\":{\"enrolled\":1,\"active\":1,"
                        + "\"completed\":0,\"failed\":0,\"exited\":0}}";
        engine.json(200, "[" + row + "]").json(200, "{\"items\":[" + row + "]}");

        List<JourneySummary> bare = client.journeys().list(JourneyStatus.ACTIVE);
        List<JourneySummary> wrapped = client.journeys().list();

        assertThat(bare).isEqualTo(wrapped);
        assertThat(bare.get(0).nodeCount()).isEqualTo(4);
        assertThat(engine.take().getPath()).isEqualTo("/v1/journeys?status=active");
    }

    @Test
    void readsAnalytics() {
        engine.json(
                200,
                "{\"totals\":{\"enrolled\":10,\"active\":2,\"completed\":7,\"failed\":1,\"exited\":0},"
                        + "\"nodes\":{\"welcome_email\":{\"current\":2,\"entered\":10,"
                        + "\"avgSecondsInNode\":3600.5,\"medianSecondsInNode\":1800}},"
                        + "\"transitions\":{\"login-success\":{\"fired\":7,\"conversionRate\":0.7}}}");

        JourneyAnalytics a = client.journeys().analytics("jrn_a1B2c3D4e5F6");

        assertThat(a.totals().completed()).isEqualTo(7);
        assertThat(a.nodes().get("welcome_email").avgSecondsInNode()).isEqualTo(3600.5);
        assertThat(a.transitions().get("login-success").conversionRate()).isEqualTo(0.7);
    }

    @Test
    void readsUserProfileWithStatesAndPath() {
        engine.json(
                200,
                "{\"userId\":\"u1\",\"email\":\"u1@x.com\",\"tags\":[\"nudged\"],\"stage\":\"active\","
                        + "\"journeys\":[{\"journeyId\":\"jrn_a1B2c3D4e5F6\",\"node\":\"done\","
                        + "\"status\":\"completed\",\"path\":[{\"node\":\"welcome_email\","
                        + "\"entered\":\"2025-03-01T00:00:00Z\",\"left\":\"2025-03-03T00:00:00Z\","
                        + "\"transition\":\"welcome_email-to-nudge_1\"}]}]}");

        UserProfile user = client.users().get("u1");

        assertThat(user.tags()).containsExactly("nudged");
        assertThat(user.path()).isEmpty();
        UserProfile.JourneyState state = user.journeys().get(0);
        assertThat(state.status()).isEqualTo("completed");
        assertThat(state.path().get(0).transition()).isEqualTo("welcome_email-to-nudge_1");
        assertThat(state.path().get(0).left()).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
    }

    @Test
    void readsOutboxPage() {
        engine.json(
                200,
                "{\"items\":[{\"messageId\":\"<m1@engine>\",\"journeyId\":\"jrn_a1B2c3D4e5F6\","
                        + "\"userId\":\"u1\",\"node\":\"welcome_email\",\"to\":\"u1@x.com\","
                        + "\"from\":\"hello@yourapp.com\",\"subject\":\"Welcome\",\"status\":\"sent\","
                        + "\"createdAt\":\"2025-03-01T00:00:00Z\",\"sentAt\":\"2025-03-01T00:00:01Z\"}],"
                        + "\"nextCursor\":\"abc\"}");

        OutboxPage page = client.outbox().list(OutboxQuery.all());

        assertThat(page.items())
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.from()).isEqualTo("hello@yourapp.com");
                            assertThat(m.sentAt()).isEqualTo(Instant.parse("2025-03-01T00:00:01Z"));
                        });
        assertThat(page.next()).contains("abc");
    }

    @Test
    void listAllFollowsCursors() {
        String item =
                "{\"messageId\":\"m%d\",\"journeyId\":\"j\",\"userId\":\"u\",\"node\":\"n\","
                        + "\"to\":\"u@x.com\",\"from\":\"f@x.com\",\"subject\":\"s\","
                        + "\"status\":\"queued\",\"createdAt\":\"2025-03-01T00:00:00Z\"}";
        engine.json(200, "{\"items\":[" + item.formatted(1) + "],\"nextCursor\":\"c2\"}");
        engine.json(200, "{\"items\":[" + item.formatted(2) + "],\"nextCursor\":null}");

        assertThat(client.outbox().listAll(OutboxQuery.all().withLimit(1)))
                .extracting(m -> m.messageId())
                .containsExactly("m1", "m2");
        engine.take();
        assertThat(engine.take().getPath()).isEqualTo("/v1/email/outbox?limit=1&cursor=c2");
    }

    @Test
    void readsBatchResultsPerEvent() {
        engine.json(
                200,
                "{\"results\":[{\"index\":0,\"accepted\":true,\"event\":\"app.opened\"},"
                        + "{\"index\":1,\"accepted\":false,\"error\":{\"code\":\"invalid_request\","
                        + "\"message\":\"unknown system event 'user.flew'\",\"field\":\"event\"}}]}");

        BatchResult result =
                client.events()
                        .batch(
                                List.of(
                                        BatchEvent.track(TrackEvent.of("u1", "opened")),
                                        BatchEvent.track(TrackEvent.of("u1", "x"))));

        assertThat(result.allAccepted()).isFalse();
        assertThat(result.rejected())
                .singleElement()
                .satisfies(i -> assertThat(i.error().field()).isEqualTo("event"));
    }

    @Test
    void trackReceiptFillsInWhatTheEngineLeftOut() {
        engine.json(202, "{\"event\":\"app.completed_onboarding\"}");
        engine.enqueue(new MockResponse().setResponseCode(204));

        EventReceipt named = client.events().track(TrackEvent.of("u1", "completed_onboarding"));
        EventReceipt empty = client.events().track(TrackEvent.of("u1", "opened"));

        assertThat(named).isEqualTo(new EventReceipt(true, "u1", "app.completed_onboarding"));
        assertThat(empty).isEqualTo(new EventReceipt(true, "u1", "opened"));
    }

    @Test
    void unreadableSuccessBodyIsAServerError() {
        engine.json(200, "{\"journey\":{\"status\":\"exploded\"}}");

        assertThatThrownBy(() -> client.journeys().get("jrn_x"))
                .isInstanceOf(EngineServerException.class)
                .hasMessageContaining("cannot read");
    }
}

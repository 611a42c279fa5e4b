package com.ascendkit.journeys.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.email.OutboxQuery;
import com.ascendkit.journeys.client.events.BatchEvent;
import com.ascendkit.journeys.client.events.SystemEvent;
import com.ascendkit.journeys.client.events.TrackEvent;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.client.journeys.UpdateJourneyRequest;
import com.ascendkit.journeys.client.nodes.AddNodeRequest;
import com.ascendkit.journeys.client.nodes.RemoveNodeOptions;
import com.ascendkit.journeys.client.nodes.UpdateNodeRequest;
import com.ascendkit.journeys.client.transitions.AddTransitionRequest;
import com.ascendkit.journeys.client.transitions.UpdateTransitionRequest;
import com.ascendkit.journeys.client.users.UpsertUserRequest;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.model.api.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire: method, path, headers and JSON body of each call. */
class RequestShapesTest {
    private static final String J = "jrn_a1B2c3D4e5F6";
    private final ObjectMapper json = new ObjectMapper();
    private final MockEngine engine = new MockEngine();
    private final EngineClient client = engine.client();

    @AfterEach
    void stop() {
        engine.close();
    }

    private JsonNode body(RecordedRequest request) throws Exception {
        return json.readTree(request.getBody().readUtf8());
    }

    private RecordedRequest journeyCall(Runnable call) {
        engine.json(200, Fixtures.JOURNEY_RESPONSE);
        call.run();
        return engine.take();
    }

    @Test
    void sendsKeyUserAgentAndJsonHeaders() {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.journeys()
                                        .create(CreateJourneyRequest.of("A", "user.created")));

        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + MockEngine.KEY);
        assertThat(r.getHeader("User-Agent")).startsWith("ascendkit-engine-client/");
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void createSendsOnlyGivenFields() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.journeys()
                                        .create(
                                                CreateJourneyRequest.of(
                                                                "Credentials Onboarding",
                                                                "user.created")
                                                        .withEntryConditions(
                                                                Map.of("provider", "credentials"))
                                                        .withReEntryPolicy(ReEntryPolicy.RESTART)));

        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/journeys");
        assertThat(body(r))
                .isEqualTo(
                        json.readTree(
                                "{\"name\":\"Credentials Onboarding\",\"entryEvent\":\"user.created\","
                                        + "\"entryConditions\":{\"provider\":\"credentials\"},"
                                        + "\"reEntryPolicy\":\"restart\"}"));
    }

    @Test
    void updateJourneySendsNullForRemovedNode() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.journeys()
                                        .update(
                                                J,
                                                UpdateJourneyRequest.builder()
                                                        .removeNode("x")
                                                        .build()));

        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getPath()).isEqualTo("/v1/journeys/" + J);
        assertThat(r.getHeader("If-Match")).isNull();
        assertThat(body(r).toString()).isEqualTo("{\"nodes\":{\"x\":null}}");
    }

    @Test
    void updateJourneySendsOnlyGivenFields() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.journeys()
                                        .update(
                                                J,
                                                UpdateJourneyRequest.builder()
                                                        .name("Renamed")
                                                        .putNode(
                                                                "done",
                                                                new Node(Action.none(), true, null))
                                                        .removeNode("old")
                                                        .transitions(
                                                                List.of(
                                                                        new Transition(
                                                                                "t1",
                                                                                "a",
                                                                                "done",
                                                                                Trigger.after(
                                                                                        "90"))))
                                                        .build(),
                                                RequestOptions.ifMatch(7)));

        assertThat(r.getHeader("If-Match")).isEqualTo("\"7\"");
        assertThat(body(r))
                .isEqualTo(
                        json.readTree(
                                "{\"name\":\"Renamed\",\"nodes\":{\"done\":{\"action\":{\"type\":\"none\"},"
                                        + "\"terminal\":true},\"old\":null},\"transitions\":[{\"name\":\"t1\","
                                        + "\"from\":\"a\",\"to\":\"done\",\"trigger\":{\"type\":\"timer\","
                                        + "\"delay\":\"90m\"}}]}"));
    }

    @Test
    void lifecyclePostsAnEmptyObject() throws Exception {
        RecordedRequest r =
                journeyCall(() -> client.journeys().activate(J, RequestOptions.ifMatch(7)));

        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/journeys/" + J + "/activate");
        assertThat(r.getHeader("If-Match")).isEqualTo("\"7\"");
        assertThat(r.getHeader("Idempotency-Key")).isNotBlank();
        assertThat(r.getBody().readUtf8()).isEqualTo("{}");
    }

    @Test
    void getCarriesNoIdempotencyKeyAndNoBody() {
        RecordedRequest r = journeyCall(() -> client.journeys().get(J));

        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getHeader("Idempotency-Key")).isNull();
        assertThat(r.getBodySize()).isZero();
    }

    @Test
    void addNodeWithEmailId() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.nodes()
                                        .add(
                                                J,
                                                AddNodeRequest.named("welcome_email")
                                                        .withAction(new Action.SendEmail("welcome"))
                                                        .withEmailId("hello@yourapp.com")
                                                        .withPosition(new Position(10, 20))));

        assertThat(r.getPath()).isEqualTo("/v1/journeys/" + J + "/nodes");
        assertThat(body(r))
                .isEqualTo(
                        json.readTree(
                                "{\"name\":\"welcome_email\",\"action\":{\"type\":\"send_email\","
                                        + "\"templateSlug\":\"welcome\"},\"emailId\":\"hello@yourapp.com\","
                                        + "\"position\":{\"x\":10.0,\"y\":20.0}}"));
    }

    @Test
    void updateNodeSendsOnlySetFields() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.nodes()
                                        .update(
                                                J,
                                                "welcome_email",
                                                UpdateNodeRequest.empty().withTerminal(true)));

        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getPath()).isEqualTo("/v1/journeys/" + J + "/nodes/welcome_email");
        assertThat(body(r).toString()).isEqualTo("{\"terminal\":true}");
    }

    @Test
    void removeNodeQueryParameters() {
        engine.json(200, Fixtures.JOURNEY_RESPONSE).json(200, Fixtures.JOURNEY_RESPONSE);

        client.nodes().remove(J, "nudge_1", RemoveNodeOptions.exitUsers());
        client.nodes().remove(J, "nudge_1", RemoveNodeOptions.moveUsersTo("done"));

        assertThat(engine.take().getPath())
                .isEqualTo("/v1/journeys/" + J + "/nodes/nudge_1?force=true");
        assertThat(engine.take().getPath())
                .isEqualTo("/v1/journeys/" + J + "/nodes/nudge_1?moveUsersTo=done");
    }

    @Test
    void addTransitionWithEventFilterAndName() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.transitions()
                                        .add(
                                                J,
                                                AddTransitionRequest.of(
                                                                "welcome_email",
                                                                "done",
                                                                new Trigger.Event(
                                                                        "user.login",
                                                                        Map.of("plan", "pro")))
                                                        .withName("login-success")));

        assertThat(body(r))
                .isEqualTo(
                        json.readTree(
                                "{\"from\":\"welcome_email\",\"to\":\"done\",\"trigger\":{\"type\":\"event\","
                                        + "\"event\":\"user.login\",\"eventFilter\":{\"plan\":\"pro\"}},"
                                        + "\"name\":\"login-success\"}"));
    }

    @Test
    void updateTransitionSendsOnlyTheTrigger() throws Exception {
        RecordedRequest r =
                journeyCall(
                        () ->
                                client.transitions()
                                        .update(
                                                J,
                                                "welcome_email-to-nudge_1",
                                                UpdateTransitionRequest.trigger(
                                                        Trigger.after("1w"))));

        assertThat(r.getPath())
                .isEqualTo("/v1/journeys/" + J + "/transitions/welcome_email-to-nudge_1");
        assertThat(body(r).toString())
                .isEqualTo("{\"trigger\":{\"type\":\"timer\",\"delay\":\"1w\"}}");
    }

    @Test
    void listTransitionsFilters() {
        engine.json(200, "[]");

        client.transitions().list(J, "welcome_email", null);

        assertThat(engine.take().getPath())
                .isEqualTo("/v1/journeys/" + J + "/transitions?from=welcome_email");
    }

    @Test
    void pathSegmentsAreEncoded() {
        engine.json(200, "{\"email\":\"a b@x.com\",\"verified\":true}");

        client.identities().verify("a b@x.com");

        assertThat(engine.take().getPath()).isEqualTo("/v1/email/identities/a%20b@x.com/verify");
    }

    @Test
    void trackEventShape() throws Exception {
        engine.json(202, "{}");

        client.events()
                .track(
                        TrackEvent.of("user_1", "completed_onboarding")
                                .withProperties(Map.of("plan", "pro"))
                                .withTimestamp(Instant.parse("2025-03-01T10:00:00Z")));

        RecordedRequest r = engine.take();
        assertThat(r.getPath()).isEqualTo("/v1/events/track");
        assertThat(body(r))
                .isEqualTo(
                        json.readTree(
                                "{\"userId\":\"user_1\",\"event\":\"completed_onboarding\","
                                        + "\"properties\":{\"plan\":\"pro\"},"
                                        + "\"timestamp\":\"2025-03-01T10:00:00Z\"}"));
    }

    @Test
    void batchShape() throws Exception {
        engine.json(
                200,
                "{\"results\":[{\"index\":0,\"accepted\":true},{\"index\":1,\"accepted\":true}]}");

        client.events()
                .batch(
                        List.of(
                                BatchEvent.system(SystemEvent.of("u1", "user.created")),
                                BatchEvent.track(TrackEvent.of("u1", "opened"))));

        assertThat(body(engine.take()))
                .isEqualTo(
                        json.readTree(
                                "{\"events\":[{\"kind\":\"system\",\"userId\":\"u1\",\"event\":\"user.created\"},"
                                        + "{\"kind\":\"track\",\"userId\":\"u1\",\"event\":\"opened\"}]}"));
    }

    @Test
    void outboxQueryParameters() {
        engine.json(200, "{\"items\":[],\"nextCursor\":null}");

        client.outbox()
                .list(
                        OutboxQuery.all()
                                .withJourneyId(J)
                                .withUserId("u1")
                                .withLimit(50)
                                .withCursor("c2"));

        assertThat(engine.take().getPath())
                .isEqualTo("/v1/email/outbox?journeyId=" + J + "&userId=u1&limit=50&cursor=c2");
    }

    @Test
    void putTemplateAndUserAndClock() throws Exception {
        engine.json(200, "{\"slug\":\"welcome\",\"subject\":\"Hi\",\"text\":\"Hello {{name}}\"}");
        engine.json(200, "{\"userId\":\"u1\",\"email\":\"u1@x.com\"}");
        engine.json(200, "{\"now\":\"2025-03-03T00:00:00Z\"}");

        client.templates().put(new Template("welcome", "Hi", null, "Hello {{name}}"));
        client.users().put("u1", UpsertUserRequest.email("u1@x.com").withProvider("google"));
        client.dev().advanceClock("2d");

        RecordedRequest template = engine.take();
        assertThat(template.getMethod()).isEqualTo("PUT");
        assertThat(template.getPath()).isEqualTo("/v1/email/templates/welcome");
        assertThat(body(template).toString())
                .isEqualTo("{\"slug\":\"welcome\",\"subject\":\"Hi\",\"text\":\"Hello {{name}}\"}");
        RecordedRequest user = engine.take();
        assertThat(user.getPath()).isEqualTo("/v1/users/u1");
        assertThat(body(user).toString())
                .isEqualTo("{\"email\":\"u1@x.com\",\"provider\":\"google\"}");
        RecordedRequest clock = engine.take();
        assertThat(clock.getPath()).isEqualTo("/v1/dev/clock");
        assertThat(body(clock).toString()).isEqualTo("{\"advance\":\"2d\"}");
    }

    @Test
    void acceptsBaseUrlEndingInV1() {
        EngineClient withV1 =
                EngineClient.builder()
                        .baseUrl(engine.server.url("/v1/").toString())
                        .apiKey(MockEngine.KEY)
                        .build();
        engine.json(200, "[]");

        withV1.journeys().list();

        assertThat(engine.take().getPath()).isEqualTo("/v1/journeys");
    }

    @Test
    void toStringMasksTheKey() {
        assertThat(client.toString()).contains("sk_…").doesNotContain(MockEngine.KEY);
    }
}

package com.ascendkit.journeys.studio.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.sync.GatewayException;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.NodeChanges;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The gateway against a real engine: each refusal arrives as its kind with the API's words. */
class EngineClientGatewayTest {
    private final TestEngine engine = TestEngine.shared();
    private final JourneyGateway gateway = engine.gateway(engine.newEnvironment());
    private final Journey journey =
            gateway.createJourney("Onboarding", "user.created", null).journey();

    @Test
    void storesAnEditAndAnswersTheNewVersion() {
        Journey after =
                gateway.addNode(
                                journey.id(),
                                journey.version(),
                                "tag",
                                new Action.TagUser("vip"),
                                true,
                                new Position(10, 20))
                        .journey();

        assertThat(after.version()).isEqualTo(journey.version() + 1);
        assertThat(gateway.getJourney(journey.id()).journey().nodes().get("tag").position())
                .isEqualTo(new Position(10, 20));
    }

    @Test
    void anUnknownNodeIsInvalidNamingTheFieldAndValue() {
        GatewayException e =
                catchThrowableOfType(
                        GatewayException.class,
                        () ->
                                gateway.addTransition(
                                        journey.id(),
                                        journey.version(),
                                        "start",
                                        "nowhere",
                                        Trigger.after("2d"),
                                        null));

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.INVALID);
        assertThat(e.field()).isEqualTo("to");
        assertThat(e.getMessage()).contains("'nowhere'");
    }

    @Test
    void aStaleVersionIsPreconditionFailedWithTheCurrentJourney() {
        Journey now =
                gateway.addNode(journey.id(), journey.version(), "a", Action.none(), false, null)
                        .journey();

        GatewayException e =
                catchThrowableOfType(
                        GatewayException.class,
                        () ->
                                gateway.updateNode(
                                        journey.id(),
                                        journey.version(),
                                        "a",
                                        NodeChanges.terminal(true)));

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.PRECONDITION_FAILED);
        assertThat(e.current().journey().version()).isEqualTo(now.version());
        assertThat(e.current().journey().nodes()).containsKey("a");
    }

    @Test
    void aTakenNameIsAConflict() {
        Journey now =
                gateway.addNode(journey.id(), journey.version(), "a", Action.none(), false, null)
                        .journey();

        GatewayException e =
                catchThrowableOfType(
                        GatewayException.class,
                        () ->
                                gateway.addNode(
                                        journey.id(),
                                        now.version(),
                                        "a",
                                        Action.none(),
                                        false,
                                        null));

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.CONFLICT);
        assertThat(e.getMessage()).contains("'a'");
    }

    @Test
    void anotherEnvironmentsJourneyIsNotFound() {
        JourneyGateway other = engine.gateway(engine.newEnvironment());

        GatewayException e =
                catchThrowableOfType(GatewayException.class, () -> other.getJourney(journey.id()));

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.NOT_FOUND);
    }

    @Test
    void aWrongKeyIsRejected() {
        JourneyGateway stranger =
                new EngineClientGateway(
                        EngineClient.builder()
                                .baseUrl(engine.url())
                                .apiKey("sk_00000000000000000000000000000000")
                                .build());

        GatewayException e =
                catchThrowableOfType(GatewayException.class, () -> stranger.listJourneys(null));

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED);
    }

    @Test
    void noEngineOnThePortIsUnreachableNamingTheUrl() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        JourneyGateway nobody =
                new EngineClientGateway(
                        EngineClient.builder()
                                .baseUrl("http://127.0.0.1:" + freePort)
                                .apiKey("sk_00000000000000000000000000000000")
                                .maxRetries(0)
                                .build());

        GatewayException e =
                catchThrowableOfType(GatewayException.class, () -> nobody.listJourneys(null));

        assertThat(e.kind()).isEqualTo(GatewayException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("127.0.0.1:" + freePort);
    }

    @Test
    void readsTheFailedTotalAnAnalyticsEventCarries() {
        assertThat(
                        EngineClientGateway.failed(
                                "{\"totals\": {\"enrolled\": 4, \"failed\": 3}, \"nodes\": {}}"))
                .isEqualTo(3);
        assertThat(EngineClientGateway.failed("{\"totals\": {}}")).isEqualTo(-1);
        assertThat(EngineClientGateway.failed("not json")).isEqualTo(-1);
    }
}

package com.ascendkit.journeys.studio.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Trigger;
import com.ascendkit.journeys.studio.sync.JourneyGateway;
import com.ascendkit.journeys.studio.sync.NodeChanges;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The gateway asks the engine for minimal answers to edits of the journey it last answered, and the
 * journey it hands the editor is still the engine's, whole.
 */
class EngineClientGatewayMinimalTest {
    private final TestEngine engine = TestEngine.shared();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final JourneyGateway gateway =
            new EngineClientGateway(
                    EngineClient.builder()
                            .baseUrl(engine.url())
                            .apiKey(engine.newEnvironment().secretKey())
                            .maxRetries(0)
                            .httpClient(
                                    new OkHttpClient.Builder()
                                            .addNetworkInterceptor(
                                                    chain -> {
                                                        Response r = chain.proceed(chain.request());
                                                        applied.add(
                                                                chain.request().method()
                                                                        + " "
                                                                        + r.header(
                                                                                "Preference-Applied",
                                                                                "-"));
                                                        return r;
                                                    })
                                            .build())
                            .build());

    @Test
    void editsTheJourneyItLastAnsweredWithMinimalAnswersAndHandsBackTheWholeJourney() {
        Journey j = gateway.createJourney("Onboarding", "user.created", "welcome").journey();
        applied.clear();
        j = gateway.addNode(j.id(), j.version(), "done", Action.none(), true, null).journey();
        j =
                gateway.addTransition(
                                j.id(), j.version(), "welcome", "done", Trigger.after("2d"), null)
                        .journey();
        j =
                gateway.updateNode(
                                j.id(),
                                j.version(),
                                "welcome",
                                NodeChanges.position(new Position(40, 80)))
                        .journey();
        j = gateway.updateNode(j.id(), j.version(), "done", NodeChanges.rename("end")).journey();
        Journey engineSays = gateway.getJourney(j.id()).journey();

        assertThat(j.definition()).isEqualTo(engineSays.definition());
        assertThat(j.version()).isEqualTo(engineSays.version());
        assertThat(applied)
                .containsExactly(
                        "POST return=minimal",
                        "POST return=minimal",
                        "PATCH return=minimal",
                        "PATCH return=minimal",
                        "GET -");
    }

    @Test
    void asksForMinimalAnswersOnlyForEditsOfTheVersionItHolds() {
        Journey j = gateway.createJourney("Onboarding", "user.created", "welcome").journey();
        applied.clear();

        Journey next =
                gateway.addNode(j.id(), j.version(), "done", Action.none(), true, null).journey();
        gateway.addNode(j.id(), next.version(), "more", Action.none(), true, null);

        assertThat(applied).containsExactly("POST return=minimal", "POST return=minimal");
    }
}

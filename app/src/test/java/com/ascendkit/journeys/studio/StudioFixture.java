package com.ascendkit.journeys.studio;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.journeys.CreateJourneyRequest;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.topology.JourneyValidator;
import com.ascendkit.journeys.studio.connection.TestEngine;
import com.ascendkit.journeys.studio.dialogs.ScriptedDialogs;
import com.ascendkit.journeys.studio.sync.CurrentThreadTaskExecutor;
import com.ascendkit.journeys.studio.sync.RecordingGateway;

/**
 * A whole editor (all view models) over a real engine, in an environment of its own, with work run
 * on the test thread and dialogs answered by script. No window: view models only. {@link #client}
 * is another client of the same engine (the CLI, say), for changes made elsewhere and for reading
 * back what the editor stored.
 */
public final class StudioFixture {
    public final TestEngine engine;
    public final TestEngine.Environment environment;
    public final EngineClient client;
    public final RecordingGateway gateway;
    public final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final Studio studio;
    public final String journeyId;

    /** On the engine shared by the test JVM. */
    public StudioFixture() {
        this(TestEngine.shared());
    }

    public StudioFixture(TestEngine engine) {
        this.engine = engine;
        environment = engine.newEnvironment();
        client = engine.client(environment);
        client.templates().put(new Template("welcome", "Welcome", "<p>Hello</p>", null));
        client.identities().create("hello@example.com", "Hello");
        client.identities().verify("hello@example.com");
        client.identities().create("new@example.com", "New");
        gateway = new RecordingGateway(engine.gateway(environment));
        studio = new Studio(gateway, executor, dialogs, JourneyValidator.standard());
        journeyId =
                client.journeys()
                        .create(CreateJourneyRequest.of("Onboarding", "user.created"))
                        .journey()
                        .id();
        studio.start();
        studio.session().open(journeyId);
        gateway.clearCalls();
    }

    public Journey shown() {
        return studio.session().journeyProperty().get();
    }

    /** The journey as the engine has it now; null once deleted. */
    public Journey stored() {
        try {
            return client.journeys().get(journeyId).journey();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * Activates the journey in the editor and lets {@code count} users sign up: they enter the
     * entry node and wait there.
     */
    public void enrollUsers(int count) {
        if (!"active".equals(shown().status().wireName())) {
            studio.lifecycle().activate();
        }
        for (int i = 1; i <= count; i++) {
            engine.systemEvent(environment, "user-" + i, "user.created");
        }
    }
}

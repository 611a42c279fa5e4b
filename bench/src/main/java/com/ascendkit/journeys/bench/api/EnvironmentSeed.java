package com.ascendkit.journeys.bench.api;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.model.api.Survey;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.testing.JourneyGenerator;

/**
 * The templates, survey and verified sender the generated journeys refer to, so that the reference
 * rules find them (the warnings then are the topology's only, as in a real environment).
 */
final class EnvironmentSeed {
    private EnvironmentSeed() {}

    static void create(EngineClient client) {
        for (String slug : JourneyGenerator.TEMPLATES) {
            client.templates()
                    .put(new Template(slug, "Hello {{name}}", "<p>Hi {{name}}</p>", "Hi {{name}}"));
        }
        for (String slug : JourneyGenerator.SURVEYS) {
            client.surveys().put(new Survey(slug, "How are we doing?", "https://example.com/nps"));
        }
        client.identities().create(JourneyGenerator.SENDER, "Your App");
        client.identities().verify(JourneyGenerator.SENDER);
    }
}

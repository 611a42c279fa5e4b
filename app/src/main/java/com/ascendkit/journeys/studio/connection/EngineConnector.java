package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.studio.sync.JourneyGateway;
import java.util.Map;

/**
 * How the editor reaches an engine: a remote one ({@code JOURNEYS_ENGINE_URL} and {@code
 * JOURNEYS_API_KEY}), or, with none configured, one started in-process on a free loopback port with
 * embedded H2 in the user's data directory. Both speak HTTP through engine-client.
 *
 * <p>This is the seam for the engine-client adapter. Until engine-client and the embedded engine
 * are on this branch, {@link #connect()} fails and says so: the editor shows that message rather
 * than pretend to have an engine.
 */
public final class EngineConnector {
    private final String baseUrl;
    private final String apiKey;

    EngineConnector(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    public static EngineConnector fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new EngineConnector(env.get("JOURNEYS_ENGINE_URL"), env.get("JOURNEYS_API_KEY"));
    }

    /** True when a remote engine is configured; otherwise the editor embeds one. */
    public boolean isRemote() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /**
     * The port to the engine.
     *
     * @throws IllegalStateException while the engine-client adapter is not built into this version
     */
    public JourneyGateway connect() {
        String target =
                isRemote()
                        ? "the engine at "
                                + baseUrl
                                + (apiKey == null ? " (no JOURNEYS_API_KEY set)" : "")
                        : "an embedded engine";
        throw new IllegalStateException(
                "Journey Studio cannot connect to "
                        + target
                        + " yet: the engine-client adapter of JourneyGateway is not part of this"
                        + " build.");
    }
}

package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.studio.sync.JourneyGateway;
import java.util.Optional;

/**
 * The engine the editor talks to: how it got there ({@link Kind}), its URL and environment, the
 * port, and the in-process engine when the editor started one (closing the connection stops it).
 */
public final class EngineConnection implements AutoCloseable {

    /** How the editor reached the engine. */
    public enum Kind {
        /** Started in-process by this editor. */
        EMBEDDED("embedded engine"),
        /** Already running on this machine for the same data directory (CLI, another window). */
        JOINED("local engine"),
        /** Configured by {@code JOURNEYS_ENGINE_URL}. */
        REMOTE("remote engine");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Kind kind;
    private final String url;
    private final String environment;
    private final JourneyGateway gateway;
    private final EmbeddedEngine embedded;

    EngineConnection(
            Kind kind,
            String url,
            String environment,
            JourneyGateway gateway,
            EmbeddedEngine embedded) {
        this.kind = kind;
        this.url = url;
        this.environment = environment;
        this.gateway = gateway;
        this.embedded = embedded;
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    /** The environment of the key, as the engine names it. */
    public String environment() {
        return environment;
    }

    public JourneyGateway gateway() {
        return gateway;
    }

    /** The in-process engine, when this editor started it. */
    public Optional<EmbeddedEngine> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** For the window: "embedded engine http://127.0.0.1:41234 · development". */
    public String describe() {
        return kind.label() + " " + url + " · " + environment;
    }

    /** Stops the in-process engine, if any. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}

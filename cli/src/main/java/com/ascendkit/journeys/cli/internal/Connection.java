package com.ascendkit.journeys.cli.internal;

import com.ascendkit.journeys.cli.CliContext;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.config.ClientConfig;
import com.ascendkit.journeys.localconfig.Platform;

/**
 * The engine a command talks to: {@code ASCENDKIT_URL} and {@code ASCENDKIT_SECRET_KEY} when set,
 * else the credentials file the engine writes (its default environment, or the one {@code --env}
 * names). Resolution is the client's own ({@link ClientConfig}), so the CLI and the editor agree.
 */
public final class Connection {
    private Connection() {}

    /** A client for {@code environmentName} (null: the file's default environment). */
    public static EngineClient open(CliContext context, String environmentName) {
        ClientConfig config =
                ClientConfig.resolve(context.environment(), Platform.current(), environmentName);
        if (config.url() == null) {
            throw new NoEngineConfigured(
                    "no engine is configured: ASCENDKIT_URL is not set and there is no credentials"
                            + " file"
                            + (config.source() == null ? "" : " at " + config.source())
                            + "; start one with: ascendkit engine start");
        }
        return EngineClient.builder()
                .config(config)
                .userAgent("ascendkit-cli/" + new VersionProvider().version())
                .build();
    }

    /** Nothing says where an engine is: the CLI treats it as no engine reachable (exit 3). */
    public static final class NoEngineConfigured extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoEngineConfigured(String message) {
            super(message);
        }
    }
}

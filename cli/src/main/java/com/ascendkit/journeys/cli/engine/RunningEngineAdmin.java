package com.ascendkit.journeys.cli.engine;

import com.ascendkit.journeys.cli.CliRefusal;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.admin.CreatedEnvironment;
import com.ascendkit.journeys.client.exception.AuthenticationException;
import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.engine.local.Credentials;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local engine the credentials file names ({@code url}), reached with the admin token its
 * launcher wrote there ({@code adminToken}): how {@code env create} adds an environment while the
 * engine runs and holds its database. Empty when there is nothing to ask: the file names no engine
 * or token, no engine answers there, or the one there serves no admin route (not started by the
 * launcher). A refusal of an engine that did answer is a {@link CliRefusal} saying why.
 */
final class RunningEngineAdmin {
    private final Path credentialsFile;
    private final String userAgent;

    RunningEngineAdmin(Path credentialsFile, String userAgent) {
        this.credentialsFile = credentialsFile;
        this.userAgent = userAgent;
    }

    /** Creates environment {@code name} through the running engine; its keys, or empty. */
    Optional<Credentials.Keys> createEnvironment(String name) {
        Optional<Credentials> file = Credentials.read(credentialsFile);
        if (file.isEmpty() || file.get().url() == null || file.get().adminToken() == null) {
            return Optional.empty();
        }
        String url = file.get().url();
        EngineClient admin;
        try {
            // No retry: the engine keeps no replay of this call (it holds the keys in clear), so
            // a retry after a lost answer would be a 409 and the new keys would be lost.
            admin =
                    EngineClient.builder()
                            .baseUrl(url)
                            .apiKey(file.get().adminToken())
                            .maxRetries(0)
                            .userAgent(userAgent)
                            .build();
        } catch (IllegalArgumentException notAnUrl) {
            return Optional.empty();
        }
        try {
            CreatedEnvironment created = admin.admin().createEnvironment(name);
            return Optional.of(new Credentials.Keys(created.secretKey(), created.publishableKey()));
        } catch (EngineConnectionException | NotFoundException nothingToAsk) {
            return Optional.empty();
        } catch (ConflictException exists) {
            throw new CliRefusal(exists.getMessage());
        } catch (AuthenticationException refused) {
            throw new CliRefusal(
                    "the engine at "
                            + url
                            + " did not take the admin token in "
                            + credentialsFile
                            + ": it was started with another credentials file");
        } catch (EngineException failed) {
            throw new CliRefusal(
                    "the engine at "
                            + url
                            + " could not create environment "
                            + name
                            + ": "
                            + failed.getMessage());
        }
    }
}

package com.ascendkit.journeys.studio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.studio.connection.EngineConnection;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EarlyConnectionTest {
    @Test
    void throwsWhatTheConnectingThrewSoTheWindowShowsItsMessage() {
        CompletableFuture<EngineConnection> failed = new CompletableFuture<>();
        failed.completeExceptionally(
                new IllegalStateException("No secret key for the engine at http://127.0.0.1:1"));

        assertThatThrownBy(() -> EarlyConnection.awaiting(failed).get())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("No secret key for the engine at http://127.0.0.1:1");
    }
}

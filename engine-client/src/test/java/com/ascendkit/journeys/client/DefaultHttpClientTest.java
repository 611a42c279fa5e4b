package com.ascendkit.journeys.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.client.exception.EngineConnectionException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/**
 * The client's own OkHttp set-up (no {@code httpClient} given): cleartext only for an {@code http:}
 * engine, so that no TLS is set up for it, and TLS still for an {@code https:} one.
 */
class DefaultHttpClientTest {
    @Test
    void reachesAnHttpEngineWithoutTls() {
        try (MockEngine engine = new MockEngine()) {
            engine.json(200, "{\"status\": \"ok\"}");
            EngineClient client =
                    EngineClient.builder()
                            .baseUrl(engine.server.url("/").toString())
                            .apiKey(MockEngine.KEY)
                            .build();

            assertThat(client.health().path("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void speaksTlsToAnHttpsEngine() throws Exception {
        // A server that answers in plain HTTP at once behind an https: URL: the TLS handshake
        // fails on its answer, which shows the client spoke TLS (a cleartext-only client would
        // refuse the URL without connecting).
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer =
                    Thread.ofVirtual()
                            .start(
                                    () -> {
                                        try (Socket s = plain.accept()) {
                                            s.getOutputStream()
                                                    .write(
                                                            "HTTP/1.1 400 Bad Request\r\n\r\n"
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .US_ASCII));
                                        } catch (IOException ignored) {
                                            // the test's assertion says what went wrong
                                        }
                                    });
            EngineClient client =
                    EngineClient.builder()
                            .baseUrl("https://127.0.0.1:" + plain.getLocalPort() + "/")
                            .apiKey(MockEngine.KEY)
                            .maxRetries(0)
                            .build();

            assertThatThrownBy(client::health)
                    .isInstanceOf(EngineConnectionException.class)
                    .hasRootCauseInstanceOf(SSLException.class);
            answer.join();
        }
    }
}

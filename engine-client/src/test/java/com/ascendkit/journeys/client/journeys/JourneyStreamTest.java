package com.ascendkit.journeys.client.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.Fixtures;
import com.ascendkit.journeys.client.MockEngine;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.stream.JourneyStreamListener;
import com.ascendkit.journeys.client.stream.ServerSentEvent;
import com.ascendkit.journeys.client.stream.Subscription;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JourneyStreamTest {
    private static final String J = "jrn_a1B2c3D4e5F6";
    private final MockEngine engine = new MockEngine();
    private final EngineClient client = engine.client();
    private final Recorder recorder = new Recorder();

    @AfterEach
    void stop() {
        engine.close();
    }

    /** Records every callback as a line, in order. */
    private static final class Recorder implements JourneyStreamListener {
        final BlockingQueue<String> calls = new LinkedBlockingQueue<>();

        @Override
        public void onOpen() {
            calls.add("open");
        }

        @Override
        public void onJourneyChanged(long version) {
            calls.add("journey " + version);
        }

        @Override
        public void onAnalyticsChanged(ServerSentEvent event) {
            calls.add("analytics " + event.data());
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            calls.add("event " + event.event());
        }

        @Override
        public void onClosed() {
            calls.add("closed");
        }

        @Override
        public void onFailure(EngineException error) {
            calls.add("failure " + error.getClass().getSimpleName() + " " + error.status());
        }

        String next() throws InterruptedException {
            String call = calls.poll(5, TimeUnit.SECONDS);
            assertThat(call).as("a listener call within 5 s").isNotNull();
            return call;
        }
    }

    private static MockResponse eventStream(String body, int chunkSize) {
        return new MockResponse()
                .setHeader("Content-Type", "text/event-stream")
                .setChunkedBody(body, chunkSize);
    }

    @Test
    void deliversEventsSplitAcrossChunks() throws Exception {
        String body =
                ": connected\n\n"
                        + "event: journey\ndata: {\"id\":\""
                        + J
                        + "\",\"version\":8}\n\n"
                        + ": heartbeat\n\n"
                        + "event: analytics\ndata: {\"enrolled\":3,\n"
                        + "data: \"active\":2}\n\n"
                        + "event: journey\r\ndata: 9\r\n\r\n";
        engine.enqueue(eventStream(body, 3));

        Subscription subscription = client.journeys().stream(J, recorder);

        assertThat(recorder.next()).isEqualTo("open");
        assertThat(recorder.next()).isEqualTo("event journey");
        assertThat(recorder.next()).isEqualTo("journey 8");
        assertThat(recorder.next()).isEqualTo("event analytics");
        assertThat(recorder.next()).isEqualTo("analytics {\"enrolled\":3,\n\"active\":2}");
        assertThat(recorder.next()).isEqualTo("event journey");
        assertThat(recorder.next()).isEqualTo("journey 9");
        assertThat(recorder.next()).isEqualTo("closed");
        subscription.close();
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void subscribesWithKeyAndEventStreamAccept() {
        engine.enqueue(eventStream("", 10));

        client.journeys().stream(J, recorder);

        RecordedRequest r = engine.take();
        assertThat(r.getPath()).isEqualTo("/v1/journeys/" + J + "/stream");
        assertThat(r.getHeader("Accept")).isEqualTo("text/event-stream");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + MockEngine.KEY);
    }

    @Test
    void refusedSubscriptionReportsTheError() throws Exception {
        engine.json(404, Fixtures.error("not_found", "no journey 'jrn_x'", null));

        client.journeys().stream("jrn_x", recorder);

        assertThat(recorder.next())
                .isEqualTo("failure " + NotFoundException.class.getSimpleName() + " 404");
    }

    @Test
    void cancelStopsAnOpenStream() throws Exception {
        String first = "event: journey\ndata: {\"version\":1}\n\n";
        String rest = ": keep-alive\n\n".repeat(200);
        engine.enqueue(
                eventStream(first + rest, first.length())
                        .throttleBody(first.length() + 6, 1, TimeUnit.SECONDS));

        Subscription subscription = client.journeys().stream(J, recorder);
        assertThat(recorder.next()).isEqualTo("open");
        assertThat(recorder.next()).isEqualTo("event journey");
        assertThat(recorder.next()).isEqualTo("journey 1");

        subscription.cancel();

        assertThat(recorder.next()).isEqualTo("closed");
        assertThat(subscription.isCancelled()).isTrue();
        assertThat(recorder.calls.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
}

package com.ascendkit.journeys.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.MockEngine;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.stream.JourneyStreamListener;
import com.ascendkit.journeys.client.stream.ServerSentEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event-stream format as the client reads it (WHATWG HTML, "event stream interpretation"),
 * through a real stream from a real HTTP server: the cases the hand-written parser was tested for
 * before OkHttp's own reader replaced it.
 */
class EventStreamFormatTest {
    private final MockEngine engine = new MockEngine();
    private final List<ServerSentEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        engine.close();
    }

    /** Streams {@code text} to a subscription and waits until it has ended. */
    private void feed(String text) throws InterruptedException {
        engine.enqueue(
                new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(text));
        CountDownLatch ended = new CountDownLatch(1);
        engine.client().journeys().stream(
                "jrn_a1B2c3D4e5F6",
                new JourneyStreamListener() {
                    @Override
                    public void onEvent(ServerSentEvent event) {
                        events.add(event);
                    }

                    @Override
                    public void onClosed() {
                        ended.countDown();
                    }

                    @Override
                    public void onFailure(EngineException error) {
                        ended.countDown();
                    }
                });
        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the stream ended within 5 s").isTrue();
    }

    @Test
    void dispatchesOnBlankLine() throws Exception {
        feed("event: journey\ndata: {\"version\":3}\n\n");

        assertThat(events).containsExactly(new ServerSentEvent("journey", "{\"version\":3}", null));
    }

    @Test
    void joinsMultiLineDataWithNewlines() throws Exception {
        feed("data: first\ndata:second\ndata:  third\n\n");

        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e.data()).isEqualTo("first\nsecond\n third"));
    }

    @Test
    void ignoresCommentsAndHeartbeats() throws Exception {
        feed(": heartbeat\n\n: ping\nevent: analytics\n: mid-event comment\ndata: {}\n\n");

        assertThat(events).containsExactly(new ServerSentEvent("analytics", "{}", null));
    }

    @Test
    void unnamedEventIsMessage() throws Exception {
        feed("data: hi\n\n");

        assertThat(events.get(0).event()).isEqualTo("message");
    }

    @Test
    void keepsLastIdAcrossEvents() throws Exception {
        feed("id: 7\nevent: journey\ndata: a\n\nevent: journey\ndata: b\n\n");

        assertThat(events).extracting(ServerSentEvent::id).containsExactly("7", "7");
    }

    @Test
    void dropsAnEventCutOffByTheEndOfTheStream() throws Exception {
        feed("event: journey\ndata: complete\n\nevent: journey\ndata: cut");

        assertThat(events).extracting(ServerSentEvent::data).containsExactly("complete");
    }

    @Test
    void eventNameDoesNotLeakIntoTheNextEvent() throws Exception {
        feed("event: journey\ndata: a\n\ndata: b\n\n");

        assertThat(events).extracting(ServerSentEvent::event).containsExactly("journey", "message");
    }

    @Test
    void blankLinesWithoutDataDispatchNothing() throws Exception {
        feed("event: journey\n\n\n");

        assertThat(events).isEmpty();
    }
}

package com.ascendkit.journeys.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.client.stream.ServerSentEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {
    private final List<ServerSentEvent> events = new ArrayList<>();
    private final SseParser parser = new SseParser(events::add);

    private void feed(String text) {
        text.lines().forEach(parser::line);
    }

    @Test
    void dispatchesOnBlankLine() {
        feed("event: journey\ndata: {\"version\":3}\n\n");

        assertThat(events).containsExactly(new ServerSentEvent("journey", "{\"version\":3}", null));
    }

    @Test
    void joinsMultiLineDataWithNewlines() {
        feed("data: first\ndata:second\ndata:  third\n\n");

        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e.data()).isEqualTo("first\nsecond\n third"));
    }

    @Test
    void ignoresCommentsAndHeartbeats() {
        feed(": heartbeat\n\n: ping\nevent: analytics\n: mid-event comment\ndata: {}\n\n");

        assertThat(events).containsExactly(new ServerSentEvent("analytics", "{}", null));
    }

    @Test
    void unnamedEventIsMessage() {
        feed("data: hi\n\n");

        assertThat(events.get(0).event()).isEqualTo("message");
    }

    @Test
    void keepsLastIdAcrossEvents() {
        feed("id: 7\nevent: journey\ndata: a\n\nevent: journey\ndata: b\n\n");

        assertThat(events).extracting(ServerSentEvent::id).containsExactly("7", "7");
    }

    @Test
    void dropsAnEventCutOffByTheEndOfTheStream() {
        feed("event: journey\ndata: complete\n\nevent: journey\ndata: cut");

        assertThat(events).extracting(ServerSentEvent::data).containsExactly("complete");
    }

    @Test
    void eventNameDoesNotLeakIntoTheNextEvent() {
        feed("event: journey\ndata: a\n\ndata: b\n\n");

        assertThat(events).extracting(ServerSentEvent::event).containsExactly("journey", "message");
    }

    @Test
    void blankLinesWithoutDataDispatchNothing() {
        feed("event: journey\n\n\n");

        assertThat(events).isEmpty();
    }
}

package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.stream.ServerSentEvent;
import java.util.function.Consumer;

/**
 * The server-sent events line format (WHATWG HTML, "event stream interpretation"), fed one line at
 * a time: {@code field: value} lines build an event, a blank line dispatches it, lines starting
 * with {@code :} are comments (heartbeats). Several {@code data:} lines join with {@code \n}. An
 * event cut off by the end of the stream is dropped. Not thread-safe: one per stream.
 */
public final class SseParser {
    private final Consumer<ServerSentEvent> sink;
    private StringBuilder data;
    private String event;
    private String lastId;

    public SseParser(Consumer<ServerSentEvent> sink) {
        this.sink = sink;
    }

    /** One line, without its line terminator. */
    public void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> event = value;
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            }
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
            }
            default -> {
                // "retry" and unknown fields: ignored (this client does not reconnect by itself)
            }
        }
    }

    private void dispatch() {
        if (data != null) {
            sink.accept(
                    new ServerSentEvent(
                            event == null ? "message" : event, data.toString(), lastId));
        }
        data = null;
        event = null;
    }
}

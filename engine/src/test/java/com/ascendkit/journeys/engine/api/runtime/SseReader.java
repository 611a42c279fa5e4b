package com.ascendkit.journeys.engine.api.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a server-sent event stream with java.net.http on a background thread: each event (or
 * comment) lands in a queue the test polls with a deadline; the end of the stream is {@link #END}.
 */
final class SseReader implements AutoCloseable {
    /** An event, or a comment ({@code event} null, {@code data} the comment text). */
    record Event(String event, String data) {}

    static final Event END = new Event("<end>", "");

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final int status;
    private final Stream<String> lines;

    SseReader(String url, String key) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Authorization", "Bearer " + key)
                                        .header("Accept", "text/event-stream")
                                        .build(),
                                HttpResponse.BodyHandlers.ofLines());
        this.status = r.statusCode();
        this.lines = r.body();
        this.thread = new Thread(this::read, "sse-reader");
        thread.setDaemon(true);
        thread.start();
    }

    int status() {
        return status;
    }

    private void read() {
        String event = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (event != null || data.length() > 0) {
                        events.add(new Event(event, data.toString()));
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, line.substring(1).trim()));
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed under us
        }
        events.add(END);
    }

    /** The next event named {@code name} (skipping others), or fails after {@code timeout}. */
    Event next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no '" + name + "' event within " + timeout);
            }
            if (name.equals(e.event()) || (e == END && name.equals(END.event()))) {
                return e;
            }
            if (e == END) {
                throw new AssertionError("the stream ended before a '" + name + "' event");
            }
        }
    }

    /** The next comment line, or fails after {@code timeout}. */
    Event nextComment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null || e == END) {
                throw new AssertionError("no comment within " + timeout);
            }
            if (e.event() == null) {
                return e;
            }
        }
    }

    @Override
    public void close() {
        lines.close();
        thread.interrupt();
    }
}

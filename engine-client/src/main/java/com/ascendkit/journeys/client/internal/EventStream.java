package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.stream.JourneyStreamListener;
import com.ascendkit.journeys.client.stream.ServerSentEvent;
import com.ascendkit.journeys.client.stream.Subscription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * A server-sent events subscription, read by OkHttp's own event-source reader ({@code okhttp-sse})
 * on OkHttp's dispatcher thread, through a variant of the shared client without a read timeout (the
 * stream is quiet between events). Not retried and not reconnected: the caller decides (the editor
 * resubscribes and reloads the journey). Thread-safe.
 */
public final class EventStream extends EventSourceListener implements Subscription {
    private final JourneyStreamListener listener;
    private final ObjectMapper json;
    private final ErrorMapper errors;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile EventSource source;

    private EventStream(JourneyStreamListener listener, Transport transport) {
        this.listener = listener;
        this.json = transport.json();
        this.errors = transport.errors();
    }

    /** Starts the subscription in the background and returns its handle at once. */
    public static Subscription open(
            Transport transport, ApiRequest request, JourneyStreamListener listener) {
        OkHttpClient streaming = transport.http().newBuilder().readTimeout(Duration.ZERO).build();
        Request http =
                transport
                        .authorized(request)
                        .header("Accept", "text/event-stream")
                        .header("Cache-Control", "no-cache")
                        .get()
                        .build();
        EventStream stream = new EventStream(listener, transport);
        stream.source = EventSources.createFactory(streaming).newEventSource(http, stream);
        return stream;
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            source.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void onOpen(EventSource eventSource, Response response) {
        listener.onOpen();
    }

    @Override
    public void onEvent(EventSource eventSource, String id, String type, String data) {
        if (cancelled.get()) {
            return;
        }
        ServerSentEvent event = new ServerSentEvent(type == null ? "message" : type, data, id);
        listener.onEvent(event);
        switch (event.event()) {
            case "journey" -> listener.onJourneyChanged(version(event.data()));
            case "analytics" -> listener.onAnalyticsChanged(event);
            default -> {
                // other event names reach onEvent only
            }
        }
    }

    @Override
    public void onClosed(EventSource eventSource) {
        closed();
    }

    /**
     * A refused subscription ({@code response} carries the engine's error), a broken or cancelled
     * connection, or an answer that is not an event stream ({@code failure} says which).
     */
    @Override
    public void onFailure(EventSource eventSource, Throwable failure, Response response) {
        if (cancelled.get()) {
            closed();
            return;
        }
        Request request = eventSource.request();
        String url = request.url().toString();
        if (response != null && !response.isSuccessful()) {
            failed(errors.map(request.method(), url, answer(response)));
            return;
        }
        IOException cause =
                failure instanceof IOException io
                        ? io
                        : new IOException(
                                failure == null ? "the stream ended" : failure.getMessage(),
                                failure);
        failed(new EngineConnectionException(request.method(), url, cause));
    }

    private static ApiResponse answer(Response response) {
        ResponseBody body = response.body();
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.bytes();
        } catch (IOException unreadable) {
            bytes = new byte[0];
        }
        return new ApiResponse(response.code(), response.headers(), bytes);
    }

    /** The version of a {@code journey} event: {@code {"version": 7, ...}} or {@code 7}. */
    long version(String data) {
        try {
            JsonNode node = json.readTree(data);
            JsonNode version = node != null && node.isObject() ? node.get("version") : node;
            return version != null && version.canConvertToLong() ? version.asLong() : -1;
        } catch (IOException notJson) {
            return -1;
        }
    }

    private void closed() {
        if (finished.compareAndSet(false, true)) {
            listener.onClosed();
        }
    }

    private void failed(EngineException error) {
        if (finished.compareAndSet(false, true)) {
            listener.onFailure(error);
        }
    }
}

package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.stream.JourneyStreamListener;
import com.ascendkit.journeys.client.stream.ServerSentEvent;
import com.ascendkit.journeys.client.stream.Subscription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A server-sent events subscription read from OkHttp's streaming response body on OkHttp's
 * dispatcher thread, through a variant of the shared client without a read timeout (the stream is
 * quiet between events). Not retried and not reconnected: the caller decides (the editor
 * resubscribes and reloads the journey). Thread-safe.
 */
public final class EventStream implements Subscription, Callback {
    private final Call call;
    private final JourneyStreamListener listener;
    private final ObjectMapper json;
    private final ErrorMapper errors;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();

    private EventStream(Call call, JourneyStreamListener listener, Transport transport) {
        this.call = call;
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
        EventStream stream = new EventStream(streaming.newCall(http), listener, transport);
        stream.call.enqueue(stream);
        return stream;
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            call.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void onFailure(Call failed, IOException e) {
        if (cancelled.get()) {
            closed();
        } else {
            failed(
                    new EngineConnectionException(
                            failed.request().method(), failed.request().url().toString(), e));
        }
    }

    @Override
    public void onResponse(Call answered, Response response) {
        String url = answered.request().url().toString();
        try (response) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                byte[] bytes = body == null ? new byte[0] : body.bytes();
                failed(
                        errors.map(
                                "GET",
                                url,
                                new ApiResponse(response.code(), response.headers(), bytes)));
                return;
            }
            listener.onOpen();
            SseParser parser = new SseParser(this::deliver);
            // BufferedReader splits lines at \n, \r\n and a lone \r, as the SSE format asks.
            try (BufferedReader lines =
                    new BufferedReader(
                            new InputStreamReader(body.byteStream(), StandardCharsets.UTF_8))) {
                String line;
                while (!cancelled.get() && (line = lines.readLine()) != null) {
                    parser.line(line);
                }
            }
            closed();
        } catch (IOException e) {
            onFailure(answered, e);
        }
    }

    private void deliver(ServerSentEvent event) {
        if (cancelled.get()) {
            return;
        }
        listener.onEvent(event);
        switch (event.event()) {
            case "journey" -> listener.onJourneyChanged(version(event.data()));
            case "analytics" -> listener.onAnalyticsChanged(event);
            default -> {
                // other event names reach onEvent only
            }
        }
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

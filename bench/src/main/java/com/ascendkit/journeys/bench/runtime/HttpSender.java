package com.ascendkit.journeys.bench.runtime;

import com.ascendkit.journeys.bench.internal.BenchEngine;
import com.ascendkit.journeys.client.EngineClient;
import com.ascendkit.journeys.client.events.BatchEvent;
import com.ascendkit.journeys.client.events.BatchResult;
import com.ascendkit.journeys.client.events.EventReceipt;
import com.ascendkit.journeys.client.events.SystemEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** How a phase's events reach the engine over HTTP; returns once every one is answered. */
interface HttpSender extends AutoCloseable {
    void send(List<SystemEvent> events);

    @Override
    default void close() {}

    /** One thread, one keep-alive connection, {@code POST /v1/events/batch} of {@code batch}. */
    static HttpSender batches(BenchEngine engine, int batch) {
        EngineClient load = engine.client(1);
        return events -> {
            for (int from = 0; from < events.size(); from += batch) {
                List<BatchEvent> chunk = new ArrayList<>();
                for (SystemEvent e : events.subList(from, Math.min(events.size(), from + batch))) {
                    chunk.add(BatchEvent.system(e));
                }
                BatchResult r = load.events().batch(chunk);
                InProcessRun.expect(r.allAccepted(), "events refused: " + r.rejected());
            }
        };
    }

    /**
     * {@code clients} threads, each with its own keep-alive connection, each sending every {@code
     * clients}-th event as its own {@code POST /v1/events/system}, as many application servers
     * reporting sign-ups at once would.
     */
    static HttpSender concurrentSingles(BenchEngine engine, int clients) {
        List<EngineClient> loads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            loads.add(engine.client(1));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        return new HttpSender() {
            @Override
            public void send(List<SystemEvent> events) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    EngineClient load = loads.get(c);
                    int first = c;
                    running.add(
                            threads.submit(
                                    () -> {
                                        for (int i = first; i < events.size(); i += clients) {
                                            EventReceipt r = load.events().system(events.get(i));
                                            InProcessRun.expect(
                                                    r.accepted(), "event " + i + " refused");
                                        }
                                    }));
                }
                for (Future<?> f : running) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
            }

            @Override
            public void close() {
                threads.shutdownNow();
            }
        };
    }
}

package com.ascendkit.journeys.bench.slow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The slow bodies: each connection sends a request head and then one byte of its body a second,
 * from one thread for all of them. A connection the engine has answered (its 408) or closed is
 * opened again at once. Not thread-safe beyond {@link #start}/{@link #stop}.
 */
final class Trickler implements AutoCloseable {
    private final int port;
    private final String head;
    private final List<SlowSocket> bodies = new ArrayList<>();
    private Thread thread;
    private volatile boolean running;
    private volatile int reopened;

    Trickler(int port, String head) {
        this.port = port;
        this.head = head;
    }

    void open() throws IOException {
        bodies.add(new SlowSocket(port, head));
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, "trickler");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int reopened() {
        return reopened;
    }

    private void loop() {
        while (running) {
            long started = System.nanoTime();
            for (int i = 0; i < bodies.size() && running; i++) {
                trickle(i);
            }
            long left = 1000 - (System.nanoTime() - started) / 1_000_000;
            if (left > 0) {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void trickle(int i) {
        SlowSocket s = bodies.get(i);
        try {
            if (!s.answered()) {
                s.write(" ");
                return;
            }
        } catch (IOException closed) {
            // reopened below
        }
        try {
            s.close();
            bodies.set(i, new SlowSocket(port, head));
            reopened++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (SlowSocket s : bodies) {
            s.close();
        }
    }
}

package com.ascendkit.journeys.bench.slow;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A raw client connection of the slow-clients benchmark: a request head, then bytes at will. */
final class SlowSocket implements AutoCloseable {
    private final Socket socket;

    SlowSocket(int port, String head) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        write(head);
    }

    void write(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads until {@code text} has arrived (the first event of a stream). */
    void awaitText(String text) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder read = new StringBuilder();
        while (read.indexOf(text) < 0) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("closed before '" + text + "': " + read);
            }
            read.append((char) b);
        }
    }

    /** True when the server has answered (or closed): for a trickled body, its 408. */
    boolean answered() throws IOException {
        return socket.getInputStream().available() > 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package com.ascendkit.journeys.engine.api.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One real TCP connection to the engine, written byte by byte as a slow or hostile client would: a
 * request head, then as much (or as little) of the body as the test wants. Reads wait at most
 * {@code readTimeout}, so a test against a stuck server fails instead of hanging.
 */
final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawConnection(String baseUrl, Duration readTimeout) throws IOException {
        URI uri = URI.create(baseUrl);
        this.socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout((int) readTimeout.toMillis());
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    /** Sends a request head; {@code contentLength} below 0 sends none. */
    RawConnection head(String method, String path, String key, int contentLength)
            throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: engine\r\n");
        if (key != null) {
            head.append("Authorization: Bearer ").append(key).append("\r\n");
        }
        if (contentLength >= 0) {
            head.append("Content-Type: application/json\r\n");
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        head.append("\r\n");
        return send(head.toString());
    }

    RawConnection send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return this;
    }

    /** Reads until {@code text} has arrived; everything read so far. */
    String readUntil(String text) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).contains(text)) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("closed before '" + text + "': " + read);
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** Reads a whole response whose body has a Content-Length (as every JSON answer has). */
    String readResponse() throws IOException {
        String head = readUntil("\r\n\r\n");
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** The whole response if its first byte arrives within {@code wait}, else null. */
    String readResponseWithin(Duration wait) throws IOException {
        int usual = socket.getSoTimeout();
        socket.setSoTimeout((int) wait.toMillis());
        int first;
        try {
            first = in.read();
        } catch (SocketTimeoutException nothingYet) {
            return null;
        } finally {
            socket.setSoTimeout(usual);
        }
        if (first == -1) {
            throw new IOException("closed without an answer");
        }
        return (char) first + readResponse();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

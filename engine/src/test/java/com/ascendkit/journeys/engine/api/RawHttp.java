package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client sends unmodified: {@code %u0041} in a
 * path, a lowercase method, control characters, an oversized request line. Each request asks for
 * {@code Connection: close}, so the answer ends where the stream does.
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {}

    /** An answer: status, headers (names in lower case) and the body's text. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The body parsed as JSON; fails the test when it is not JSON. */
        JsonNode json() {
            try {
                return EngineJson.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /**
     * Sends {@code requestLine} (e.g. {@code GET /v1/health HTTP/1.1}), the Host and Connection
     * headers, then {@code headers} (whole lines) and {@code body} as they are.
     */
    static Answer send(int port, String requestLine, String body, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        request.append("Host: 127.0.0.1:").append(port).append("\r\n");
        request.append("Connection: close\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ")
                    .append(body.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n");
        }
        request.append("\r\n");
        if (body != null) {
            request.append(body);
        }
        return exchange(port, request.toString());
    }

    /**
     * Sends {@code request} exactly as given (request line, headers, body) and reads the answer.
     */
    static Answer exchange(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}

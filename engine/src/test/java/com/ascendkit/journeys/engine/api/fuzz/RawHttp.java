package com.ascendkit.journeys.engine.api.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection. A client library would normalise what
 * the fuzzer means to send (escapes, control characters, methods, duplicate or missing headers), so
 * the request line and headers go out exactly as given. Not thread-safe.
 */
final class RawHttp {
    /** Generous: a request the engine does not answer within this is a failure of its own. */
    private static final int READ_TIMEOUT_MILLIS = 20_000;

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** An answer; {@code status} -1 when the connection ended without a status line. */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer send(FuzzRequest request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.bytes(host + ":" + port));
                out.flush();
            } catch (IOException e) {
                // The engine may answer (413, 400) and close before reading a large body: read it.
            }
            return read(
                    new BufferedInputStream(socket.getInputStream()),
                    request.method().equalsIgnoreCase("HEAD"));
        } catch (SocketTimeoutException e) {
            return new Answer(-1, Map.of(), new byte[0], "no answer within 20 s");
        } catch (IOException e) {
            return new Answer(-1, Map.of(), new byte[0], "connection failed: " + e);
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            return new Answer(-1, Map.of(), new byte[0], "no status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(
                        h.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        h.substring(colon + 1).trim());
            }
        }
        String type = headers.getOrDefault("content-type", "");
        if (head || status == 204 || status == 304 || type.startsWith("text/event-stream")) {
            // no body, or a stream that stays open: the headers suffice
            return new Answer(status, headers, new byte[0], null);
        }
        String length = headers.get("content-length");
        byte[] body;
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, body, null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                break;
            }
            body.write(in.readNBytes(n));
            line(in);
        }
        return body.toByteArray();
    }

    /** One CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int end = b.length();
                return end > 0 && b.charAt(end - 1) == '\r'
                        ? b.substring(0, end - 1)
                        : b.toString();
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : b.toString();
    }
}

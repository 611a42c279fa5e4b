package com.ascendkit.journeys.engine.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One request the fuzzer sends, as bytes on the wire, with what it was made from: the documented
 * operation, the mutation applied ({@code kind}, a short stable label used to group failures) and
 * whether the contract requires a refusal whatever the state ({@code mustRefuse}: a 2xx is then a
 * failure).
 *
 * @param headers name/value pairs, sent as given; {@code Host} and {@code Connection: close} are
 *     added, {@code Content-Length} too unless {@code headers} already name one
 */
record FuzzRequest(
        OpenApiDocument.Operation operation,
        String method,
        String target,
        List<String[]> headers,
        byte[] body,
        String kind,
        boolean mustRefuse) {

    byte[] bytes(String hostPort) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostPort).append("\r\n");
        boolean lengthGiven = false;
        for (String[] h : headers) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            lengthGiven |= h[0].equalsIgnoreCase("Content-Length");
        }
        if (body != null && !lengthGiven) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** The request as a person reads it in a report: head whole, body cut at 300 characters. */
    String shown() {
        StringBuilder b = new StringBuilder(method).append(' ').append(cut(target, 200));
        for (String[] h : headers) {
            b.append("\n    ").append(h[0]).append(": ").append(cut(h[1], 120));
        }
        if (body != null) {
            b.append("\n    body (")
                    .append(body.length)
                    .append(" bytes): ")
                    .append(cut(new String(body, StandardCharsets.UTF_8), 300));
        }
        return b.toString();
    }

    static String cut(String s, int max) {
        String visible =
                s.chars()
                        .collect(
                                StringBuilder::new,
                                (sb, c) -> {
                                    if (c < 0x20 || c == 0x7f) {
                                        sb.append(String.format("\\x%02x", c));
                                    } else {
                                        sb.append((char) c);
                                    }
                                },
                                StringBuilder::append)
                        .toString();
        return visible.length() <= max
                ? visible
                : visible.substring(0, max) + "…(" + visible.length() + " chars)";
    }
}

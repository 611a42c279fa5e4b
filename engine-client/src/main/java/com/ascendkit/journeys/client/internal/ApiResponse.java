package com.ascendkit.journeys.client.internal;

import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/** A response read in full (and its OkHttp response already closed). */
public record ApiResponse(int status, Headers headers, byte[] body) {

    public String header(String name) {
        return headers.get(name);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isEmpty() {
        return bodyText().isBlank();
    }
}

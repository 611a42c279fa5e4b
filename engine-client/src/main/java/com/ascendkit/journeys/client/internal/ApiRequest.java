package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.RequestOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logical call: method, path under {@code /v1}, query, JSON body and options. Path segments are
 * given raw and percent-encoded when the URL is built. Built and used by one thread, then dropped.
 */
public final class ApiRequest {
    private final String method;
    private final List<String> segments;
    private final Map<String, String> query = new LinkedHashMap<>();
    private Object body;
    private RequestOptions options = RequestOptions.none();

    private ApiRequest(String method, String... segments) {
        this.method = method;
        this.segments = new ArrayList<>(Arrays.asList(segments));
        for (String segment : segments) {
            Objects.requireNonNull(segment, "path segment");
        }
    }

    public static ApiRequest get(String... segments) {
        return new ApiRequest("GET", segments);
    }

    public static ApiRequest post(String... segments) {
        return new ApiRequest("POST", segments);
    }

    public static ApiRequest put(String... segments) {
        return new ApiRequest("PUT", segments);
    }

    public static ApiRequest patch(String... segments) {
        return new ApiRequest("PATCH", segments);
    }

    public static ApiRequest delete(String... segments) {
        return new ApiRequest("DELETE", segments);
    }

    /** Adds {@code name=value} unless {@code value} is null. */
    public ApiRequest query(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    /** The JSON body: any value the client's mapper writes, or a {@code JsonNode}. */
    public ApiRequest body(Object value) {
        this.body = value;
        return this;
    }

    public ApiRequest options(RequestOptions value) {
        this.options = Objects.requireNonNull(value, "options");
        return this;
    }

    public String method() {
        return method;
    }

    public List<String> segments() {
        return List.copyOf(segments);
    }

    public Map<String, String> queryParameters() {
        return Map.copyOf(query);
    }

    Map<String, String> orderedQuery() {
        return query;
    }

    public Object body() {
        return body;
    }

    public RequestOptions options() {
        return options;
    }
}

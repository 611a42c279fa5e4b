package com.ascendkit.journeys.engine.api;

/**
 * What a handler answers: a status, a body written as JSON (null for none), and the journey version
 * to send as {@code ETag} (null for none).
 */
public record ApiResult(int status, Object body, Long etagVersion) {

    public static ApiResult ok(Object body) {
        return new ApiResult(200, body, null);
    }

    public static ApiResult created(Object body) {
        return new ApiResult(201, body, null);
    }

    public static ApiResult noContent() {
        return new ApiResult(204, null, null);
    }

    public ApiResult withEtag(long version) {
        return new ApiResult(status, body, version);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}

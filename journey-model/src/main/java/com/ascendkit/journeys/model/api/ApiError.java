package com.ascendkit.journeys.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error response: {@code {"error": {"code", "message", "field"?}}}. */
public record ApiError(Detail error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String code, String message, String field) {}

    public static ApiError of(String code, String message, String field) {
        return new ApiError(new Detail(code, message, field));
    }
}

package com.ascendkit.journeys.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A sender identity. New ones are unverified until an operator verifies them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identity(String email, String name, boolean verified) {}

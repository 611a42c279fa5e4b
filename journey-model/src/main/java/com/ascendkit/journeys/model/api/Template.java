package com.ascendkit.journeys.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An email template: a subject and at least one of an HTML and a text body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Template(String slug, String subject, String html, String text) {}

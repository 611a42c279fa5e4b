package com.ascendkit.journeys.model.api;

/** A survey a {@code send_email} node can link to. */
public record Survey(String slug, String title, String url) {}

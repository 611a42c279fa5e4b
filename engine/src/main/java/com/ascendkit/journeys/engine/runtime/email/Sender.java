package com.ascendkit.journeys.engine.runtime.email;

/** Who an email is from: an address and an optional display name. */
public record Sender(String email, String name) {}

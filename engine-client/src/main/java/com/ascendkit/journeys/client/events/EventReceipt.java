package com.ascendkit.journeys.client.events;

/**
 * The answer to one event: whether it was accepted and the name it was recorded under ({@code
 * app.}-prefixed for app events). Fields the engine leaves out are null.
 */
public record EventReceipt(boolean accepted, String userId, String event) {}

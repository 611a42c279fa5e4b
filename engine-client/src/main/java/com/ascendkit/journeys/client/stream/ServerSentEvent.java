package com.ascendkit.journeys.client.stream;

/**
 * One server-sent event: its {@code event:} name ({@code message} when it had none), its {@code
 * data:} lines joined by {@code \n}, and its {@code id:} (or the last one seen), possibly null.
 */
public record ServerSentEvent(String event, String data, String id) {}

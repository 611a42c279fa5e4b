package com.ascendkit.journeys.model.api;

/**
 * How a test send of a template went: {@code delivery} is {@code "smtp"} (the engine's SMTP server
 * took it) or {@code "outbox"} (no server configured: it is in the outbox); {@code message} says so
 * in words, for example "Sent to someone@example.com through smtp.example:25".
 */
public record TestSend(String delivery, String to, String messageId, String message) {}

package com.ascendkit.journeys.client.dev;

import java.time.Instant;

/**
 * The answer of {@code POST /v1/dev/clock}: the simulated time now, and how many timers fired (null
 * when the engine does not say).
 */
public record ClockState(Instant now, Integer timersFired) {}

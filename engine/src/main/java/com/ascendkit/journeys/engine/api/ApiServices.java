package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.Repositories;
import com.ascendkit.journeys.engine.journeys.JourneyService;
import com.ascendkit.journeys.engine.runtime.JourneyRuntime;
import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.engine.store.Database;
import java.time.Clock;
import java.time.Duration;

/**
 * What handlers work with: the database, the engine's clock, {@link ApiCalls} (transactions,
 * idempotency, answers), the journey service, the repositories, the run-time hooks the journey API
 * calls, the run-time itself (events, users, outbox, clock, notifications) and how often a silent
 * journey stream sends a keep-alive. Handed to every {@link ApiModule}.
 */
public record ApiServices(
        Database database,
        Clock clock,
        ApiCalls calls,
        JourneyService journeys,
        Repositories repositories,
        JourneyRuntimeHooks hooks,
        JourneyRuntime runtime,
        Duration streamHeartbeat) {}

package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.Repositories;
import com.ascendkit.journeys.engine.journeys.JourneyService;
import com.ascendkit.journeys.engine.runtime.JourneyRuntimeHooks;
import com.ascendkit.journeys.engine.store.Database;
import java.time.Clock;

/**
 * What handlers work with: the database, the engine's clock, {@link ApiCalls} (transactions,
 * idempotency, answers), the journey service, the repositories and the run-time hooks. Handed to
 * every {@link ApiModule}.
 */
public record ApiServices(
        Database database,
        Clock clock,
        ApiCalls calls,
        JourneyService journeys,
        Repositories repositories,
        JourneyRuntimeHooks hooks) {}

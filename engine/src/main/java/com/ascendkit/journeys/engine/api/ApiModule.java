package com.ascendkit.journeys.engine.api;

import java.util.List;

/**
 * More routes for the engine, e.g. the run-time's ({@code /v1/events/*}, {@code /v1/users/*}): pass
 * it to {@code Engine.builder().module(…)}. Its endpoints get the same authentication, request ids
 * and error answers as the journey API's.
 */
@FunctionalInterface
public interface ApiModule {

    /** The module's endpoints, made with the engine's services. */
    List<ApiEndpoint> endpoints(ApiServices services);
}

package com.ascendkit.journeys.studio.sync;

/**
 * One piece of background work against the engine: a view model says what to ask, the session
 * supplies the gateway, so no view model holds the gateway itself.
 */
@FunctionalInterface
public interface EngineCall<T> {
    T call(JourneyGateway engine) throws Exception;
}

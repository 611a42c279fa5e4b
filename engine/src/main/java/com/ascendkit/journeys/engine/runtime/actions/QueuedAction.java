package com.ascendkit.journeys.engine.runtime.actions;

/** The action of a node visit entered while its journey was paused, waiting for activate. */
public record QueuedAction(long id, String journeyId, String userId, int visitNo, String node) {}

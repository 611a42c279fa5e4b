package com.ascendkit.journeys.model;

/** How many users a journey has seen, by outcome. {@code active} users are in it now. */
public record JourneyStats(long enrolled, long active, long completed, long failed, long exited) {
    public static final JourneyStats ZERO = new JourneyStats(0, 0, 0, 0, 0);
}

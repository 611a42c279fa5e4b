package com.ascendkit.journeys.engine.analytics;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStats;
import com.ascendkit.journeys.model.api.JourneyAnalytics;
import com.ascendkit.journeys.model.api.JourneyFailures;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads the analytics counters the run-time keeps (V1's sharded counter tables): every read sums
 * the shards, so its cost does not grow with the number of users. {@link #failures} is the
 * exception: it reads the journey's path.
 */
public interface AnalyticsRepository {

    /** The journey's totals. */
    JourneyStats totals(Handle handle, String journeyId);

    /** Totals of every journey of the environment that has any (others are absent: zero). */
    Map<String, JourneyStats> totalsByJourney(Handle handle, String environmentId);

    /** Users in each node now, by node name (nodes nobody is in may be absent). */
    Map<String, Long> currentUsers(Handle handle, String journeyId);

    /** Every node and transition of {@code definition}, zeros included. */
    JourneyAnalytics analytics(Handle handle, String journeyId, JourneyDefinition definition);

    /**
     * Where and why users failed, by node (nodes nobody failed at are absent): a scan of the
     * journey's visits, so ask only when {@link JourneyStats#failed()} is above zero.
     */
    JourneyFailures failures(Handle handle, String journeyId);

    /** Drops the journey's counters (the journey is being deleted). */
    void deleteCounters(Handle handle, String journeyId);
}

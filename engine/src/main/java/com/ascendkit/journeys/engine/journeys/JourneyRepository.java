package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.model.JourneyStatus;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Journeys as stored. Every method runs on the caller's handle, so that a change and everything it
 * implies commit together. Lookups by environment are how the API keeps environments apart; {@link
 * #findById} is for the run-time, which works across environments.
 */
public interface JourneyRepository {

    Optional<StoredJourney> find(Handle handle, String environmentId, String id);

    /** The journey, its row locked until the transaction ends. */
    Optional<StoredJourney> findForUpdate(Handle handle, String environmentId, String id);

    Optional<StoredJourney> findById(Handle handle, String id);

    /** The environment's journeys, oldest first; {@code status} null for all. */
    List<StoredJourney> list(Handle handle, String environmentId, JourneyStatus status);

    /** The environment's journeys entered by {@code entryEvent} in {@code status}. */
    List<StoredJourney> findByEntryEvent(
            Handle handle, String environmentId, String entryEvent, JourneyStatus status);

    void insert(Handle handle, StoredJourney journey);

    /** Writes every column of the row with {@code journey.id()}. */
    void update(Handle handle, StoredJourney journey);

    /** Deletes the journey's row; false when there was none. */
    boolean delete(Handle handle, String id);
}

package com.ascendkit.journeys.engine.surveys;

import com.ascendkit.journeys.model.api.Survey;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Surveys per environment. Methods run on the caller's handle. */
public interface SurveyRepository {

    List<Survey> list(Handle handle, String environmentId);

    Optional<Survey> find(Handle handle, String environmentId, String slug);

    /** Creates or replaces the survey; true when it was created. */
    boolean upsert(Handle handle, String environmentId, Survey survey);

    boolean delete(Handle handle, String environmentId, String slug);
}

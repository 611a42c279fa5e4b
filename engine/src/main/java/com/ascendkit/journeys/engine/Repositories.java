package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.analytics.AnalyticsRepository;
import com.ascendkit.journeys.engine.analytics.JdbiAnalyticsRepository;
import com.ascendkit.journeys.engine.email.IdentityRepository;
import com.ascendkit.journeys.engine.email.JdbiIdentityRepository;
import com.ascendkit.journeys.engine.email.JdbiTemplateRepository;
import com.ascendkit.journeys.engine.email.TemplateRepository;
import com.ascendkit.journeys.engine.environments.EnvironmentRepository;
import com.ascendkit.journeys.engine.environments.JdbiEnvironmentRepository;
import com.ascendkit.journeys.engine.idempotency.IdempotencyRepository;
import com.ascendkit.journeys.engine.idempotency.JdbiIdempotencyRepository;
import com.ascendkit.journeys.engine.journeys.EnvironmentReferences;
import com.ascendkit.journeys.engine.journeys.JdbiJourneyRepository;
import com.ascendkit.journeys.engine.journeys.JourneyRepository;
import com.ascendkit.journeys.engine.surveys.JdbiSurveyRepository;
import com.ascendkit.journeys.engine.surveys.SurveyRepository;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * The engine's repositories, one of each. All are stateless and take the caller's {@link Handle},
 * so a run-time transaction can use them together with its own tables.
 */
public record Repositories(
        JourneyRepository journeys,
        EnvironmentRepository environments,
        TemplateRepository templates,
        SurveyRepository surveys,
        IdentityRepository identities,
        AnalyticsRepository analytics,
        IdempotencyRepository idempotency) {

    /** The JDBC (Jdbi) implementations, stamping rows with {@code clock}. */
    public static Repositories jdbi(Clock clock) {
        return new Repositories(
                new JdbiJourneyRepository(),
                new JdbiEnvironmentRepository(clock),
                new JdbiTemplateRepository(clock),
                new JdbiSurveyRepository(clock),
                new JdbiIdentityRepository(clock),
                new JdbiAnalyticsRepository(),
                new JdbiIdempotencyRepository());
    }

    /** What the reference warnings look up in {@code environmentId}, read on {@code handle}. */
    public EnvironmentReferences references(Handle handle, String environmentId) {
        return new EnvironmentReferences(handle, environmentId, templates, surveys, identities);
    }
}

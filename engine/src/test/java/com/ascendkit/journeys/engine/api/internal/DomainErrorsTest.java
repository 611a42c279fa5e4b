package com.ascendkit.journeys.engine.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.errors.ConflictException;
import com.ascendkit.journeys.engine.errors.LimitExceededException;
import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.engine.errors.StaleVersionException;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import com.ascendkit.journeys.engine.runtime.TestJourneys;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Journey;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each domain refusal answers with the status, code, field and extras the contract gives it (the
 * contract tests check the bytes on the wire; this names the mapping of each kind).
 */
class DomainErrorsTest {
    @Test
    void answersNotFoundWith404() {
        ApiException e = DomainErrors.answer(new NotFoundException("no journey 'x'"));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.code()).isEqualTo("not_found");
        assertThat(e.getMessage()).isEqualTo("no journey 'x'");
        assertThat(e.field()).isNull();
    }

    @Test
    void answersAConflictWith409KeepingItsField() {
        ApiException named = DomainErrors.answer(new ConflictException("name", "taken"));
        ApiException plain = DomainErrors.answer(new ConflictException("archived"));

        assertThat(named.status()).isEqualTo(409);
        assertThat(named.code()).isEqualTo("conflict");
        assertThat(named.field()).isEqualTo("name");
        assertThat(plain.status()).isEqualTo(409);
        assertThat(plain.field()).isNull();
        assertThat(plain.getMessage()).isEqualTo("archived");
    }

    @Test
    void answersAStaleVersionWith412TheCurrentJourneyAndItsETag() {
        Journey journey =
                new StoredJourney(
                                "jrn_1",
                                "env_1",
                                JourneyStatus.DRAFT,
                                7,
                                TestJourneys.entering("user.created", "start")
                                        .node("start")
                                        .build(),
                                null,
                                Instant.EPOCH,
                                Instant.EPOCH)
                        .toJourney(null);
        JourneyResponse current = new JourneyResponse(journey, List.of(), true);

        ApiException e = DomainErrors.answer(new StaleVersionException("stale", current, 7));

        assertThat(e.status()).isEqualTo(412);
        assertThat(e.code()).isEqualTo("precondition_failed");
        assertThat(e.field()).isEqualTo("If-Match");
        assertThat(e.etagVersion()).isEqualTo(7L);
        assertThat(e.extraBody())
                .containsOnlyKeys("journey", "warnings", "warningsSuppressed")
                .containsEntry("journey", journey)
                .containsEntry("warnings", List.of())
                .containsEntry("warningsSuppressed", true);
    }

    @Test
    void answersALimitWith400NamingTheLimit() {
        ApiException e =
                DomainErrors.answer(
                        new LimitExceededException("nodes", "too many", "maxNodes", 5, 6));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_request");
        assertThat(e.field()).isEqualTo("nodes");
        assertThat(e.location()).isEqualTo(Map.of("limit", "maxNodes", "max", 5L, "actual", 6L));
    }

    @Test
    void answersBadInputWith400NamingTheField() {
        ApiException e = DomainErrors.answer(new InvalidInputException("name", "is blank"));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_request");
        assertThat(e.field()).isEqualTo("name");
        assertThat(e.getMessage()).isEqualTo("is blank");
    }
}

package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.errors.ConflictException;
import com.ascendkit.journeys.engine.errors.DomainException;
import com.ascendkit.journeys.engine.errors.LimitExceededException;
import com.ascendkit.journeys.engine.errors.NotFoundException;
import com.ascendkit.journeys.engine.errors.StaleVersionException;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.api.JourneyResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where the domain's refusals become HTTP answers: the status, the contract's error
 * code, the field, and what goes beside the error (a stale version's current journey and its ETag).
 * The domain packages know none of this.
 */
final class DomainErrors {
    private DomainErrors() {}

    /** Bad input to the journey language: a 400 naming the field. */
    static ApiException answer(InvalidInputException e) {
        return ApiException.invalid(e.field(), e.getMessage());
    }

    static ApiException answer(DomainException e) {
        return switch (e) {
            case NotFoundException n -> ApiException.notFound(n.getMessage());
            case ConflictException c -> ApiException.conflict(c.field(), c.getMessage());
            case StaleVersionException s ->
                    ApiException.preconditionFailed(
                            s.getMessage(), current(s.current()), s.currentVersion());
            case LimitExceededException l ->
                    ApiException.limitExceeded(
                            l.field(), l.getMessage(), l.limit(), l.max(), l.actual());
        };
    }

    /** A 412 carries the journey as {@code GET} answers it, beside the error. */
    private static Map<String, Object> current(JourneyResponse now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("journey", now.journey());
        body.put("warnings", now.warnings());
        body.put("warningsSuppressed", now.warningsSuppressed());
        return body;
    }
}

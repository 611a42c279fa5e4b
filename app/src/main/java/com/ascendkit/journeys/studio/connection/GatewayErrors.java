package com.ascendkit.journeys.studio.connection;

import com.ascendkit.journeys.client.exception.ConflictException;
import com.ascendkit.journeys.client.exception.EngineConnectionException;
import com.ascendkit.journeys.client.exception.EngineException;
import com.ascendkit.journeys.client.exception.InvalidRequestException;
import com.ascendkit.journeys.client.exception.NotFoundException;
import com.ascendkit.journeys.client.exception.PreconditionFailedException;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.studio.sync.GatewayException;

/**
 * engine-client's exceptions in the editor's terms: the kind by status, the API's message and field
 * as they are (they name the field and quote the value), the current journey of a 412.
 */
final class GatewayErrors {
    private GatewayErrors() {}

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof EngineConnectionException c) {
            return GatewayException.unreachable(c.getMessage(), c);
        }
        if (e instanceof PreconditionFailedException p) {
            return GatewayException.preconditionFailed(p.getMessage(), p.current().orElse(null));
        }
        if (e instanceof InvalidRequestException i) {
            return GatewayException.invalid(i.field().orElse(null), i.getMessage());
        }
        if (e instanceof ConflictException c) {
            return GatewayException.conflict(c.getMessage());
        }
        if (e instanceof NotFoundException n) {
            return GatewayException.notFound(n.getMessage());
        }
        if (e instanceof EngineException other) {
            return GatewayException.rejected(other.getMessage());
        }
        if (e instanceof InvalidInputException local) {
            // A request record refused the value before sending it, with the API's words.
            return GatewayException.invalid(local.field(), local.getMessage());
        }
        return e;
    }
}

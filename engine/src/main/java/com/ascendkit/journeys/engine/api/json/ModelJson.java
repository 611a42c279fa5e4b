package com.ascendkit.journeys.engine.api.json;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reads the journey language's values from request JSON with Jackson and the model's own
 * annotations: {@link ModelShapes} checks the object first (type name, fields, JSON types), then
 * Jackson binds it and the model's constructors validate the values; their {@link
 * InvalidInputException}s are re-qualified with the path of the object they came from.
 */
public final class ModelJson {
    private ModelJson() {}

    /** An action object: {@code {"type": "send_email", "templateSlug": …}}. */
    public static Action action(JsonObject o) {
        ModelShapes.typed(o, ModelShapes.subtype(o, Action.class, ActionType.choices()));
        return bind(o, Action.class);
    }

    /** A trigger object: {@code {"type": "event", "event": …}} or {@code {"type": "timer"…}}. */
    public static Trigger trigger(JsonObject o) {
        ModelShapes.typed(o, ModelShapes.subtype(o, Trigger.class, "event or timer"));
        return bind(o, Trigger.class);
    }

    /** A position object {@code {"x": 10, "y": 20}}. */
    public static Position position(JsonObject o) {
        ModelShapes.fields(o, Position.class);
        return bind(o, Position.class);
    }

    /**
     * {@code action} sent from {@code emailId}: the request's {@code emailId} is another name for a
     * send_email action's {@code fromIdentityEmail}, and wins when both are given.
     */
    public static Action withEmailId(Action action, String emailId, String field) {
        if (!(action instanceof Action.SendEmail send)) {
            throw ApiException.invalid(
                    field,
                    "'"
                            + field
                            + "' sets the sender of a send_email node; this node's action is "
                            + Quoted.of(action.typeName())
                            + "");
        }
        try {
            return send.withSender(Emails.require(field, emailId));
        } catch (InvalidInputException e) {
            throw ApiException.invalid(field, e.getMessage());
        }
    }

    /** Binds the checked {@code o}, reporting the model's refusals under {@code o}'s path. */
    private static <T> T bind(JsonObject o, Class<T> type) {
        try {
            return EngineJson.mapper().treeToValue(o.tree(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidInputException invalid) {
                    InvalidInputException q =
                            o.path().isEmpty() ? invalid : invalid.under(o.path());
                    throw ApiException.invalid(q.field(), invalid.getMessage());
                }
            }
            throw new IllegalStateException(
                    "a checked request value did not bind to " + type.getSimpleName(), e);
        }
    }
}

package com.ascendkit.journeys.engine.api.json;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Position;
import com.ascendkit.journeys.model.Quoted;
import com.ascendkit.journeys.model.Trigger;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the journey language's values from request JSON, field by field, so that every refusal
 * names the exact field. The model's constructors validate; their {@link InvalidInputException}s
 * are re-qualified with the path of the object they came from.
 */
public final class ModelJson {
    private ModelJson() {}

    /** An action object: {@code {"type": "send_email", "templateSlug": …}}. */
    public static Action action(JsonObject o) {
        String name = o.requiredString("type");
        ActionType type =
                ActionType.find(name)
                        .orElseThrow(
                                () ->
                                        ApiException.invalid(
                                                o.field("type"),
                                                "unknown action type "
                                                        + Quoted.of(name)
                                                        + " in '"
                                                        + o.field("type")
                                                        + "': use "
                                                        + ActionType.choices()));
        return switch (type) {
            case SEND_EMAIL -> {
                o.only("type", "templateSlug", "surveySlug", "fromIdentityEmail", "variables");
                Map<String, String> variables =
                        o.object("variables").map(Maps::strings).orElse(null);
                yield qualified(
                        o,
                        () ->
                                new Action.SendEmail(
                                        o.string("templateSlug").orElse(null),
                                        o.string("surveySlug").orElse(null),
                                        o.string("fromIdentityEmail").orElse(null),
                                        variables));
            }
            case TAG_USER -> {
                o.only("type", "tagName");
                yield qualified(o, () -> new Action.TagUser(o.string("tagName").orElse(null)));
            }
            case ADVANCE_STAGE -> {
                o.only("type", "stageName");
                yield qualified(
                        o, () -> new Action.AdvanceStage(o.string("stageName").orElse(null)));
            }
            case NONE -> {
                o.only("type");
                yield Action.none();
            }
        };
    }

    /** A trigger object: {@code {"type": "event", "event": …}} or {@code {"type": "timer"…}}. */
    public static Trigger trigger(JsonObject o) {
        String type = o.requiredString("type");
        return switch (type) {
            case "event" -> {
                o.only("type", "event", "eventFilter");
                Map<String, Object> filter =
                        o.object("eventFilter").map(Maps::scalars).orElse(null);
                yield qualified(o, () -> new Trigger.Event(o.string("event").orElse(null), filter));
            }
            case "timer" -> {
                o.only("type", "delay");
                yield new Trigger.Timer(
                        Delay.parse(o.field("delay"), o.string("delay").orElse(null)));
            }
            default ->
                    throw ApiException.invalid(
                            o.field("type"),
                            "unknown trigger type "
                                    + Quoted.of(type)
                                    + " in '"
                                    + o.field("type")
                                    + "': use event or timer");
        };
    }

    /** A position object {@code {"x": 10, "y": 20}}. */
    public static Position position(JsonObject o) {
        o.only("x", "y");
        double x = o.number("x").orElseThrow(() -> required(o, "x"));
        double y = o.number("y").orElseThrow(() -> required(o, "y"));
        return qualified(o, () -> new Position(x, y));
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

    static ApiException required(JsonObject o, String name) {
        return ApiException.invalid(o.field(name), "'" + o.field(name) + "' is required");
    }

    /** Runs a model constructor, reporting its failures under {@code o}'s path. */
    static <T> T qualified(JsonObject o, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            InvalidInputException q = o.path().isEmpty() ? e : e.under(o.path());
            throw ApiException.invalid(q.field(), e.getMessage());
        }
    }
}

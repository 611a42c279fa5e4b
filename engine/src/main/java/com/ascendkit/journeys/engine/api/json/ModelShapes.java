package com.ascendkit.journeys.engine.api.json;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.Quoted;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The validation pass over a model value in a request, before Jackson binds it: the type name
 * against the model's {@code @JsonSubTypes}, the fields against the chosen record's components (the
 * properties Jackson binds), and each field's JSON type, so that Jackson never coerces ({@code 42}
 * into {@code "42"}) and every refusal names the field by its full path and quotes the value. The
 * values themselves are the model's constructors' to judge.
 */
final class ModelShapes {
    private static final String TYPE = "type";

    private ModelShapes() {}

    /** The record that {@code o}'s {@code type} names among {@code base}'s subtypes. */
    static Class<?> subtype(JsonObject o, Class<?> base, String choices) {
        String name = o.requiredString(TYPE);
        for (JsonSubTypes.Type t : base.getAnnotation(JsonSubTypes.class).value()) {
            if (t.name().equals(name)) {
                return t.value();
            }
        }
        throw ApiException.invalid(
                o.field(TYPE),
                "unknown "
                        + base.getSimpleName().toLowerCase(Locale.ROOT)
                        + " type "
                        + Quoted.of(name)
                        + " in '"
                        + o.field(TYPE)
                        + "': use "
                        + choices);
    }

    /** Checks {@code o} as a value of the subtype {@code record}, {@code type} included. */
    static void typed(JsonObject o, Class<?> record) {
        fields(o, record, TYPE);
    }

    /**
     * Refuses a field {@code record} has no component for, then checks each component's JSON type:
     * the maps first (their keys and values), then the others in declaration order.
     */
    static void fields(JsonObject o, Class<?> record, String... extra) {
        RecordComponent[] parts = record.getRecordComponents();
        List<String> allowed = new ArrayList<>(List.of(extra));
        for (RecordComponent c : parts) {
            allowed.add(c.getName());
        }
        o.only(allowed.toArray(String[]::new));
        for (RecordComponent c : parts) {
            if (c.getType() == Map.class) {
                map(o, c);
            }
        }
        for (RecordComponent c : parts) {
            if (c.getType() != Map.class) {
                scalar(o, c);
            }
        }
    }

    private static void map(JsonObject o, RecordComponent c) {
        var values = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[1];
        if (values == String.class) {
            o.object(c.getName()).ifPresent(Maps::strings);
        } else {
            o.object(c.getName()).ifPresent(Maps::scalars);
        }
    }

    private static void scalar(JsonObject o, RecordComponent c) {
        String name = c.getName();
        Class<?> type = c.getType();
        if (type == String.class) {
            o.string(name);
        } else if (type == double.class) {
            o.number(name)
                    .orElseThrow(
                            () ->
                                    ApiException.invalid(
                                            o.field(name), "'" + o.field(name) + "' is required"));
        } else if (type == Delay.class) {
            // Parsed here for its message, which names the field by its full path.
            Delay.parse(o.field(name), o.string(name).orElse(null));
        } else {
            throw new IllegalStateException(
                    "no request check for " + c + " of " + c.getDeclaringRecord().getName());
        }
    }
}

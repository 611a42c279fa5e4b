package com.ascendkit.journeys.engine.api.json;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.model.Quoted;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flat JSON objects of requests: scalar maps (conditions, filters) and string maps (variables). */
public final class Maps {
    private Maps() {}

    /**
     * A flat object of strings, numbers, booleans and nulls, as Java values ({@code String}, {@code
     * Boolean}, integral {@code Number}s, {@code BigDecimal}). Anything nested is refused, naming
     * its key.
     */
    public static Map<String, Object> scalars(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : o.names()) {
            JsonNode v = o.raw(key);
            Object value;
            if (v.isNull()) {
                value = null;
            } else if (v.isTextual()) {
                value = v.textValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isIntegralNumber()) {
                value = v.numberValue();
            } else if (v.isNumber()) {
                value = v.decimalValue();
            } else {
                throw ApiException.invalid(
                        o.field(key),
                        "'"
                                + o.path()
                                + "' must be a flat object of strings, numbers and booleans; key "
                                + Quoted.of(key)
                                + " holds "
                                + (v.isObject() ? "an object" : "a list"));
            }
            if (key.isEmpty()) {
                throw ApiException.invalid(o.path(), "'" + o.path() + "' has an empty key");
            }
            out.put(key, value);
        }
        return Collections.unmodifiableMap(out);
    }

    /** A flat object of string values, e.g. template variables. */
    public static Map<String, String> strings(JsonObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : o.names()) {
            if (!key.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                throw ApiException.invalid(
                        o.field(key),
                        "invalid variable name "
                                + Quoted.of(key)
                                + " in '"
                                + o.path()
                                + "': use letters, digits and '_', starting with a letter or '_'");
            }
            out.put(key, o.requiredString(key));
        }
        return Collections.unmodifiableMap(out);
    }
}

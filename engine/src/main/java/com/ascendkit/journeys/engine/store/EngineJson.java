package com.ascendkit.journeys.engine.store;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The engine's one JSON configuration: ISO-8601 instants, the model's own annotations. Stored
 * definitions ({@code journeys.definition}) are {@link JourneyDefinition}s written by this mapper.
 */
public final class EngineJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EngineJson() {}

    /** The shared mapper. Thread-safe; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON of " + value.getClass(), e);
        }
    }

    public static JourneyDefinition readDefinition(String json) {
        try {
            return MAPPER.readValue(json, JourneyDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored journey definition is unreadable", e);
        }
    }
}

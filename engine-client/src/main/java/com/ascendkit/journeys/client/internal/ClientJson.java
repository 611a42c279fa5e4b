package com.ascendkit.journeys.client.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The client's JSON configuration, the same as the engine's: ISO-8601 instants, BigDecimal for
 * floats (so that {@code 1.10} in an event filter survives a round trip), and unknown properties
 * ignored so that an older client keeps working against a newer engine. The model's records carry
 * their own annotations (the {@code type} of actions and triggers, delays as strings).
 */
public final class ClientJson {
    private ClientJson() {}

    /** A new mapper; each {@code EngineClient} makes one and never reconfigures it. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

package com.ascendkit.journeys.client.admin;

import com.ascendkit.journeys.client.config.Keys;

/**
 * A new environment and its keys, as {@code POST /v1/admin/environments} answers them: the only
 * time the engine shows them (it keeps their hashes). {@link #toString()} masks the keys.
 */
public record CreatedEnvironment(String id, String name, String secretKey, String publishableKey) {

    @Override
    public String toString() {
        return "CreatedEnvironment[id="
                + id
                + ", name="
                + name
                + ", secretKey="
                + Keys.mask(secretKey)
                + ", publishableKey="
                + Keys.mask(publishableKey)
                + "]";
    }
}

package com.ascendkit.journeys.client.config;

/** The keys of one environment of the credentials file. {@link #toString()} masks them. */
public record EnvironmentCredentials(
        String name, String url, String secretKey, String publishableKey) {

    @Override
    public String toString() {
        return "EnvironmentCredentials[name="
                + name
                + ", url="
                + url
                + ", secretKey="
                + Keys.mask(secretKey)
                + ", publishableKey="
                + Keys.mask(publishableKey)
                + "]";
    }
}

package com.ascendkit.journeys.engine.environments;

/**
 * The keys just issued for an environment. The only moment the keys exist in clear: the caller
 * writes them to the credentials file. {@code toString} does not show them, so they cannot leak
 * into a log.
 */
public record IssuedKeys(
        String environmentId, String environmentName, String secretKey, String publishableKey) {

    @Override
    public String toString() {
        return "IssuedKeys[" + environmentName + " (" + environmentId + "), keys hidden]";
    }
}

package com.ascendkit.journeys.client.config;

import com.ascendkit.journeys.localconfig.Platform;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where and as whom the CLI and the editor reach an engine: the credentials file of the platform
 * ({@link CredentialsFile#location}), one environment of it (the default unless one is named), and
 * the overrides {@code ASCENDKIT_URL} and {@code ASCENDKIT_SECRET_KEY}, which win over the file.
 * {@link #toString()} masks the keys.
 */
public record ClientConfig(
        String url, String environment, String secretKey, String publishableKey, Path source) {

    public static final String URL_VARIABLE = "ASCENDKIT_URL";
    public static final String SECRET_KEY_VARIABLE = "ASCENDKIT_SECRET_KEY";

    /** From this process's environment variables and OS, the file's default environment. */
    public static ClientConfig discover() {
        return resolve(System.getenv(), Platform.current(), null);
    }

    /** From this process's environment variables and OS, the environment {@code name}. */
    public static ClientConfig discover(String environmentName) {
        return resolve(System.getenv(), Platform.current(), environmentName);
    }

    /**
     * Resolves with the given environment variables and OS (tests pass their own). {@code
     * environmentName} null selects the file's default environment.
     */
    public static ClientConfig resolve(
            Map<String, String> env, Platform os, String environmentName) {
        Optional<CredentialsFile> file =
                CredentialsFile.location(env, os).flatMap(CredentialsFile::readIfExists);
        EnvironmentCredentials chosen =
                file.map(f -> f.environment(environmentName))
                        .orElse(new EnvironmentCredentials(environmentName, null, null, null));
        if (environmentName != null && file.isEmpty() && blank(env.get(SECRET_KEY_VARIABLE))) {
            throw new ConfigException(
                    "environment '"
                            + environmentName
                            + "' was asked for but there is no credentials file at "
                            + CredentialsFile.location(env, os)
                                    .map(Path::toString)
                                    .orElse("(HOME unset)"));
        }
        String url = blank(env.get(URL_VARIABLE)) ? chosen.url() : env.get(URL_VARIABLE).strip();
        String secret =
                blank(env.get(SECRET_KEY_VARIABLE))
                        ? chosen.secretKey()
                        : env.get(SECRET_KEY_VARIABLE).strip();
        return new ClientConfig(
                url,
                chosen.name(),
                secret,
                chosen.publishableKey(),
                file.map(CredentialsFile::path).orElse(null));
    }

    /** The engine URL, or a message saying how to give one. */
    public String requireUrl() {
        if (url == null) {
            throw new ConfigException(
                    "no engine URL: set "
                            + URL_VARIABLE
                            + " or 'url' in "
                            + (source == null ? "the credentials file" : source));
        }
        return url;
    }

    /** The secret key, or a message saying how to give one (never the key itself). */
    public String requireSecretKey() {
        if (secretKey == null) {
            throw new ConfigException(
                    "no secret key"
                            + (environment == null ? "" : " for environment '" + environment + "'")
                            + ": set "
                            + SECRET_KEY_VARIABLE
                            + " or 'secretKey' in "
                            + (source == null ? "the credentials file" : source));
        }
        return secretKey;
    }

    @Override
    public String toString() {
        return "ClientConfig[url="
                + url
                + ", environment="
                + environment
                + ", secretKey="
                + Keys.mask(secretKey)
                + ", publishableKey="
                + Keys.mask(publishableKey)
                + ", source="
                + source
                + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

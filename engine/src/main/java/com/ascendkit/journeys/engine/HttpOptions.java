package com.ascendkit.journeys.engine;

import com.ascendkit.journeys.engine.api.edge.HttpLimits;
import java.time.Duration;
import java.util.Set;

/** The launcher's flags for the HTTP server's {@link HttpLimits}. Stateless. */
final class HttpOptions {
    static final String USAGE =
            String.join(
                    "\n",
                    "  --body-read-timeout <s>    seconds a request body may take to arrive (20);",
                    "                             slower: 408",
                    "  --max-connections-per-address <n>",
                    "                             connections one address may hold (4000); more: 429",
                    "  --max-requests-per-key <n> requests in progress per API key, streams",
                    "                             included (1000); more: 429");

    private static final Set<String> OPTIONS =
            Set.of(
                    "--body-read-timeout",
                    "--max-connections-per-address",
                    "--max-requests-per-key");

    private HttpOptions() {}

    static boolean takesValue(String option) {
        return OPTIONS.contains(option);
    }

    /** {@code limits} with {@code option} set to {@code value}; a readable error when invalid. */
    static HttpLimits apply(HttpLimits limits, String option, String value) {
        int n = positive(option, value);
        return switch (option) {
            case "--body-read-timeout" -> limits.withBodyReadTimeout(Duration.ofSeconds(n));
            case "--max-connections-per-address" -> limits.withMaxConnectionsPerAddress(n);
            case "--max-requests-per-key" -> limits.withMaxRequestsPerKey(n);
            default -> throw new IllegalArgumentException("unknown argument '" + option + "'");
        };
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "invalid value '"
                        + value
                        + "' for "
                        + option
                        + ": use a whole number of 1 or more");
    }
}

package com.ascendkit.journeys.engine.api.edge;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may hold of the engine's HTTP server: how long a request body may take to arrive,
 * how many connections one address may keep open, how many requests one API key may have in
 * progress (a journey stream counts as one for as long as it is open), and how many platform
 * threads Jetty gets (request handlers themselves run on virtual threads where the JDK has them).
 * {@code GET /v1/health} is never refused by these caps.
 */
public record HttpLimits(
        Duration bodyReadTimeout,
        int maxConnectionsPerAddress,
        int maxRequestsPerKey,
        int platformThreads) {

    /**
     * 20 s for a whole body: 1 MiB (the largest body taken) at 50 kB/s, a poor mobile link; a body
     * trickling slower than that is an attack or a broken client, and gets a 408.
     */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(20);

    /**
     * 4,000: twice the 2,000 the hardening issue asks to admit. Behind a reverse proxy every client
     * shares the proxy's address, so this is a cap on the whole engine there, not a per-user one.
     */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 4_000;

    /**
     * 1,000 requests in progress per key, streams included: far above one app's or editor's need.
     */
    public static final int DEFAULT_MAX_REQUESTS_PER_KEY = 1_000;

    /**
     * Jetty's own default (as Javalin's): on a JDK without virtual threads these serve the
     * requests, with them only Jetty's selector and acceptor.
     */
    public static final int DEFAULT_PLATFORM_THREADS = 250;

    public HttpLimits {
        Objects.requireNonNull(bodyReadTimeout);
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("not a body read timeout: " + bodyReadTimeout);
        }
        if (maxConnectionsPerAddress < 1) {
            throw new IllegalArgumentException(
                    "max connections per address must be at least 1: " + maxConnectionsPerAddress);
        }
        if (maxRequestsPerKey < 1) {
            throw new IllegalArgumentException(
                    "max requests per key must be at least 1: " + maxRequestsPerKey);
        }
        if (platformThreads < ServerThreads.MIN_PLATFORM_THREADS) {
            throw new IllegalArgumentException(
                    "platform threads must be at least "
                            + ServerThreads.MIN_PLATFORM_THREADS
                            + ": "
                            + platformThreads);
        }
    }

    public static HttpLimits defaults() {
        return new HttpLimits(
                DEFAULT_BODY_READ_TIMEOUT,
                DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
                DEFAULT_MAX_REQUESTS_PER_KEY,
                DEFAULT_PLATFORM_THREADS);
    }

    public HttpLimits withBodyReadTimeout(Duration timeout) {
        return new HttpLimits(
                timeout, maxConnectionsPerAddress, maxRequestsPerKey, platformThreads);
    }

    public HttpLimits withMaxConnectionsPerAddress(int max) {
        return new HttpLimits(bodyReadTimeout, max, maxRequestsPerKey, platformThreads);
    }

    public HttpLimits withMaxRequestsPerKey(int max) {
        return new HttpLimits(bodyReadTimeout, maxConnectionsPerAddress, max, platformThreads);
    }

    public HttpLimits withPlatformThreads(int threads) {
        return new HttpLimits(
                bodyReadTimeout, maxConnectionsPerAddress, maxRequestsPerKey, threads);
    }
}

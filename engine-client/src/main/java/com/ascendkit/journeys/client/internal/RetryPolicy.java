package com.ascendkit.journeys.client.internal;

import com.ascendkit.journeys.client.Sleeper;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Request;

/**
 * When a failed call is tried again, and how long to wait first.
 *
 * <p>Only connection failures and 5xx answers are retried, never a 4xx, and only requests that are
 * safe to replay: GET, PUT and DELETE (idempotent by HTTP), POST carrying an {@code
 * Idempotency-Key} (the client adds one to every POST; the engine answers a replay with the first
 * response), and PATCH carrying {@code If-Match}: a replay after a success the client never heard
 * of is answered 412 (the version moved on), never applied twice. A PATCH without {@code If-Match}
 * is not retried.
 *
 * <p>Waits use exponential backoff with full jitter: a uniform random delay in {@code [0, min(cap,
 * base * 2^attempt)]}, base 200 ms, cap 5 s; a {@code Retry-After} header (seconds or HTTP date)
 * replaces it, still capped. Thread-safe.
 */
public final class RetryPolicy {
    public static final Duration BASE = Duration.ofMillis(200);
    public static final Duration CAP = Duration.ofSeconds(5);

    private final int maxRetries;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryPolicy(int maxRetries, Sleeper sleeper, Clock clock) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** True when replaying {@code request} cannot apply its change twice. */
    public static boolean isSafeToRetry(Request request) {
        return switch (request.method()) {
            case "GET", "HEAD", "PUT", "DELETE" -> true;
            case "POST" -> request.header("Idempotency-Key") != null;
            case "PATCH" -> request.header("If-Match") != null;
            default -> false;
        };
    }

    /** The upper bound of the jittered wait before retry number {@code attempt + 1}. */
    public static Duration ceiling(int attempt) {
        long millis = BASE.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, CAP.toMillis()));
    }

    Duration delay(int attempt, String retryAfter) {
        Duration asked = retryAfter == null ? null : parseRetryAfter(retryAfter);
        if (asked != null) {
            return asked.compareTo(CAP) > 0 ? CAP : asked;
        }
        long bound = ceiling(attempt).toMillis();
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** Waits before retry number {@code attempt + 1}. */
    void pause(int attempt, String retryAfter) throws InterruptedIOException {
        try {
            sleeper.sleep(delay(attempt, retryAfter));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while retrying");
            io.initCause(e);
            throw io;
        }
    }

    private Duration parseRetryAfter(String value) {
        String text = value.trim();
        if (text.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

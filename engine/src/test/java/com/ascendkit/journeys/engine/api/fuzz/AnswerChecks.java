package com.ascendkit.journeys.engine.api.fuzz;

import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every answer must satisfy, whatever was sent: an HTTP answer; no 5xx; an error in the
 * contract's shape {@code {"error": {"code", "message", …}}} with a documented code of its status
 * and a message that does not echo a huge value; a {@code Request-Id} on every answer; no 2xx to
 * what the contract refuses; and no change of state from a refused request or a safe method.
 * Failures go to the {@link FuzzReport}.
 */
final class AnswerChecks {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** A message quotes at most ~100 characters of a value (issue 13): prose around it fits. */
    private static final int MAX_MESSAGE = 1_000;

    private final Map<String, Integer> codes;
    private final FuzzReport report;

    /** {@code codes}: the documented error codes, each with its status (null if not stated). */
    AnswerChecks(Map<String, Integer> codes, FuzzReport report) {
        this.codes = codes;
        this.report = report;
    }

    void check(FuzzRequest r, RawHttp.Answer a, List<String> changes) {
        report.sent(r, a);
        int status = a.status();
        if (status < 0) {
            report.fail("no HTTP answer", r, a, null);
            return;
        }
        if (status >= 500) {
            report.fail("5xx", r, a, null);
        }
        if (a.header("Request-Id") == null) {
            report.fail("no Request-Id header", r, a, null);
        }
        if (status >= 400 && !r.method().equalsIgnoreCase("HEAD")) {
            errorShape(r, a);
        }
        if (status < 300 && r.mustRefuse()) {
            report.fail("accepted what the contract refuses", r, a, null);
        }
        if (!changes.isEmpty()) {
            if (status >= 400) {
                report.fail("refused request changed state", r, a, String.join("\n  ", changes));
            } else if (SAFE_METHODS.contains(r.method())) {
                report.fail("safe method changed state", r, a, String.join("\n  ", changes));
            }
        }
    }

    private void errorShape(FuzzRequest r, RawHttp.Answer a) {
        String type = a.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            report.fail("error not JSON (" + type + ")", r, a, null);
            return;
        }
        JsonNode error;
        try {
            error = EngineJson.mapper().readTree(a.body()).path("error");
        } catch (IOException e) {
            report.fail("error not JSON (unparsable)", r, a, null);
            return;
        }
        String code = error.path("code").asText("");
        if (!error.path("code").isTextual()
                || !error.path("message").isTextual()
                || error.path("message").asText().isBlank()) {
            report.fail("error not in the contract's shape", r, a, null);
        } else if (!codes.containsKey(code)) {
            report.fail("undocumented error code '" + code + "'", r, a, null);
        } else if (codes.get(code) != null && codes.get(code) != a.status()) {
            report.fail("code '" + code + "' is documented for " + codes.get(code), r, a, null);
        } else if (error.path("message").asText().length() > MAX_MESSAGE) {
            report.fail("error message over " + MAX_MESSAGE + " characters", r, a, null);
        }
    }
}

package com.ascendkit.journeys.engine.api.fuzz;

import static com.ascendkit.journeys.engine.api.fuzz.RequestFactory.pick;

import com.ascendkit.journeys.engine.api.fuzz.OpenApiDocument.Security;
import java.util.List;
import java.util.Random;

/**
 * Mutations of the headers: missing, malformed and misplaced keys (another environment's, a
 * publishable one, the admin token), odd Content-Types and encodings, method overrides, conflicting
 * framing, huge headers and control characters.
 */
final class HeaderMutations {
    /** Content-Types that are not JSON: a JSON route must refuse a body sent as one of them. */
    private static final List<String> NOT_JSON =
            List.of(
                    "text/plain",
                    "application/x-www-form-urlencoded",
                    "application/xml",
                    "multipart/form-data; boundary=x",
                    "image/png");

    /** Other spellings of JSON, which a JSON route may take. */
    private static final List<String> JSON_VARIANTS =
            List.of("application/json; charset=UTF-8", "Application/JSON", "application/json;");

    private final Random random;
    private final FuzzFixture fixture;

    HeaderMutations(Random random, FuzzFixture fixture) {
        this.random = random;
        this.fixture = fixture;
    }

    void apply(Draft d) {
        boolean body = d.body != null && d.body.length > 0;
        switch (random.nextInt(body ? 13 : 9)) {
            case 0 -> noKey(d);
            case 1 -> otherEnvironment(d);
            case 2 -> misplacedKey(d);
            case 3 -> malformedKey(d);
            case 4 -> methodOverride(d);
            case 5 -> conditional(d);
            case 6 -> huge(d);
            case 7 -> control(d);
            case 8 -> methodOverride(d);
            case 9 -> notJson(d);
            case 10 -> {
                d.replaceHeader("Content-Type", pick(random, JSON_VARIANTS));
                d.mutated("content-type: JSON variant", false);
            }
            case 11 -> {
                d.header("Content-Encoding", pick(random, List.of("gzip", "br", "deflate")));
                d.mutated("content-encoding on a plain body", true);
            }
            default -> framing(d);
        }
    }

    private void noKey(Draft d) {
        d.removeHeader("Authorization");
        d.mutated("auth: none", d.operation.security() != Security.NONE);
    }

    private void otherEnvironment(Draft d) {
        boolean secret = random.nextBoolean();
        d.replaceHeader(
                "Authorization",
                "Bearer " + (secret ? fixture.other.secretKey() : fixture.other.publishableKey()));
        d.keyKind = "other";
        // Journey ids are the one thing another environment cannot make for itself: any 2xx on
        // one of ours is a leak. (Slugs, emails and user ids it may create under the same name.)
        boolean ours =
                d.operation.path().contains("{id}")
                        && fixture.known.get("id").contains(d.pathValues.get("id"));
        d.mutated("auth: other environment's key", ours);
    }

    private void misplacedKey(Draft d) {
        Security s = d.operation.security();
        if (s == Security.ADMIN) {
            d.replaceHeader("Authorization", "Bearer " + fixture.home.secretKey());
            d.mutated("auth: API key on the admin route", true);
        } else if (random.nextBoolean() && s == Security.SECRET) {
            d.replaceHeader("Authorization", "Bearer " + fixture.home.publishableKey());
            d.mutated("auth: publishable key on a secret route", true);
        } else {
            d.replaceHeader("Authorization", "Bearer " + fixture.adminToken);
            d.mutated("auth: admin token on an API route", s != Security.NONE);
        }
    }

    private void malformedKey(Draft d) {
        String key = fixture.home.secretKey();
        String value =
                pick(
                        random,
                        List.of(
                                "Bearer",
                                "Bearer ",
                                "Basic dXNlcjpwYXNz",
                                "Bearer sk_short",
                                "Bearer " + key + "x",
                                "Bearer " + key.substring(0, key.length() - 1),
                                "Bearer " + "sk_" + "A".repeat(5000),
                                key));
        d.replaceHeader("Authorization", value);
        d.mutated("auth: malformed", d.operation.security() != Security.NONE);
    }

    private void methodOverride(Draft d) {
        String header =
                pick(
                        random,
                        List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"));
        // on a GET, DELETE is the override that does harm (and that the state check sees)
        String to =
                d.method.equals("GET")
                        ? "DELETE"
                        : pick(random, List.of("DELETE", "PATCH", "PUT", "POST"));
        d.header(header, to);
        d.mutated("header: method override", false); // the state check catches an obeyed one
    }

    private void conditional(Draft d) {
        String name = random.nextBoolean() ? "If-Match" : "Idempotency-Key";
        String value =
                pick(random, List.of("", "abc", "\"-1\"", "W/", "*, x", "k".repeat(256), "ü"));
        d.replaceHeader(name, value);
        boolean tooLong = name.equals("Idempotency-Key") && value.length() > 255;
        d.mutated("header: odd " + name, tooLong && d.method.equals("POST"));
    }

    private void huge(Draft d) {
        d.header("X-Fuzz", "h".repeat(random.nextBoolean() ? 9_000 : 70_000));
        d.mutated("header: huge", false);
    }

    private void control(Draft d) {
        if (random.nextBoolean()) {
            d.header("X-Fuzz", "a\u0001b\u007f");
            d.mutated("header: control chars", false);
        } else {
            d.header("X-Fuzz", "a\r\n folded");
            d.mutated("header: obsolete line folding", false);
        }
    }

    private void notJson(Draft d) {
        if (random.nextInt(4) == 0) {
            d.removeHeader("Content-Type");
            d.mutated("content-type: none on a body", true);
        } else {
            d.replaceHeader("Content-Type", pick(random, NOT_JSON));
            d.mutated("content-type: not JSON", true);
        }
    }

    private void framing(Draft d) {
        d.header("Content-Length", String.valueOf(d.body.length));
        d.header("Content-Length", String.valueOf(d.body.length + 1));
        d.mutated("framing: conflicting Content-Length", true);
    }
}

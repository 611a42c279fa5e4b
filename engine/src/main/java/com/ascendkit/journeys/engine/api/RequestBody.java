package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.api.edge.BodyDeadline;
import com.ascendkit.journeys.engine.api.internal.NulCharacters;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The request body, read at most once per request and capped at its route's {@link BodyLimits} (413
 * beyond, whether or not the client sent a Content-Length), then parsed strictly: one JSON value,
 * no trailing text, no duplicate keys.
 */
public final class RequestBody {
    /** The limit of routes {@link BodyLimits} does not name (1 MiB). */
    public static final int MAX_BYTES = BodyLimits.DEFAULT_BYTES;

    private static final String BYTES = "journeys.body.bytes";
    private static final ObjectReader READER =
            EngineJson.mapper()
                    .reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RequestBody() {}

    /** The raw bytes (empty when there is no body). */
    public static byte[] bytes(Context ctx) {
        byte[] cached = ctx.attribute(BYTES);
        if (cached != null) {
            return cached;
        }
        int max = maxBytes(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        byte[] read = readCapped(ctx, max);
        ctx.attribute(BYTES, read);
        return read;
    }

    /** The body as a JSON object; a missing body is a 400. */
    public static JsonObject object(Context ctx) {
        byte[] bytes = bytes(ctx);
        if (isBlank(bytes)) {
            throw ApiException.invalid(null, "a JSON object is required as the request body");
        }
        return JsonObject.of(parse(bytes), "");
    }

    /** The body as a JSON object, where no body means {@code {}} (calls that take no input). */
    public static JsonObject objectOrEmpty(Context ctx) {
        byte[] bytes = bytes(ctx);
        return JsonObject.of(
                isBlank(bytes) ? EngineJson.mapper().createObjectNode() : parse(bytes), "");
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            JsonNode tree = READER.readTree(bytes);
            NulCharacters.refuseIn(tree);
            return tree;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw ApiException.invalid(
                    null,
                    "the request body is not valid JSON: "
                            + e.getOriginalMessage()
                            + (at == null
                                    ? ""
                                    : " (line "
                                            + at.getLineNr()
                                            + ", column "
                                            + at.getColumnNr()
                                            + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The limit of the route that matched (the default one outside a route). */
    static int maxBytes(Context ctx) {
        String path;
        try {
            path = ctx.endpointHandlerPath();
        } catch (IllegalStateException e) {
            return MAX_BYTES;
        }
        return BodyLimits.of(ctx.method().name(), path);
    }

    private static byte[] readCapped(Context ctx, int max) {
        try (InputStream in = BodyDeadline.open(ctx)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.invalid(
                    null, "the request body could not be read: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static ApiException tooLarge(int max) {
        return ApiException.payloadTooLarge(
                "the request body is larger than "
                        + max
                        + " bytes ("
                        + BodyLimits.describe(max)
                        + "), this route's limit");
    }
}

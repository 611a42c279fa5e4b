package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;

/**
 * Every body the engine reads is JSON: a request that carries one must say {@code Content-Type:
 * application/json} (a {@code charset} parameter, if any, must be UTF-8, the only encoding of JSON
 * between systems, RFC 8259) and must not be compressed ({@code Content-Encoding} other than {@code
 * identity}: the engine decodes none, and reading gzip bytes as JSON would only give a confusing
 * 400). Anything else is a 415 before the handler runs, so it changes nothing. A request without a
 * body needs no {@code Content-Type}.
 */
public final class JsonBodies {
    private JsonBodies() {}

    /** {@code next}, run only when the request's body (if any) is declared as plain JSON. */
    public static Handler required(Handler next) {
        return ctx -> {
            if (hasBody(ctx)) {
                check(ctx);
            }
            next.handle(ctx);
        };
    }

    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0
                || ctx.req().getHeader("Transfer-Encoding") != null;
    }

    private static void check(Context ctx) {
        String encoding = ctx.req().getHeader("Content-Encoding");
        if (encoding != null && !encoding.trim().equalsIgnoreCase("identity")) {
            throw ApiException.unsupportedMediaType(
                    "Content-Encoding",
                    "the engine does not decode compressed bodies: send the JSON uncompressed,"
                            + " without Content-Encoding");
        }
        String type = ctx.req().getContentType();
        if (type == null) {
            throw ApiException.unsupportedMediaType(
                    "Content-Type",
                    "a request body must be sent as Content-Type: application/json");
        }
        String[] parts = type.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            throw ApiException.unsupportedMediaType(
                    "Content-Type",
                    "a request body must be application/json, not '"
                            + quote(parts[0].trim())
                            + "'");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].trim().equalsIgnoreCase("charset")
                    && !isUtf8(param.length < 2 ? "" : param[1])) {
                throw ApiException.unsupportedMediaType(
                        "Content-Type",
                        "a JSON body must be UTF-8, not charset '"
                                + quote(param.length < 2 ? "" : param[1].trim())
                                + "'");
            }
        }
    }

    private static boolean isUtf8(String charset) {
        String c = charset.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        return c.equals("utf-8") || c.equals("utf8");
    }

    private static String quote(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}

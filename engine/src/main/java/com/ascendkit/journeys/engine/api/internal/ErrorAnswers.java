package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.errors.DomainException;
import com.ascendkit.journeys.engine.store.EngineJson;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.api.ApiError;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the contract's {@code {"error": {"code", "message", "field"?}}}: never a
 * stack trace on the wire. The domain's refusals get their status and code from {@link
 * DomainErrors}. Unexpected failures are a 500 {@code internal_error} whose log line carries the
 * request id the client also got.
 */
public final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {}

    /** Maps every failure to the JSON error; {@code routes} tells a 405 from a 404. */
    public static void install(Javalin app, RouteMatcher routes) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e));
        app.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, DomainErrors.answer(e)));
        app.exception(DomainException.class, (e, ctx) -> answer(ctx, DomainErrors.answer(e)));
        app.exception(
                HttpResponseException.class, (e, ctx) -> answer(ctx, fromJavalin(e, ctx, routes)));
        app.exception(Exception.class, ErrorAnswers::unexpected);
    }

    private static void unexpected(Exception e, Context ctx) {
        if (isUniqueViolation(e)) {
            answer(
                    ctx,
                    ApiException.conflict(
                            "a concurrent request changed the same thing; read it again and retry"));
            return;
        }
        String requestId = RequestIds.of(ctx);
        LOG.error("request {} {} {} failed", requestId, ctx.method(), ctx.path(), e);
        write(
                ctx,
                500,
                Map.of(
                        "error",
                        new ApiError.Detail(
                                "internal_error",
                                "the engine failed on this request (request id "
                                        + requestId
                                        + "); the engine's log has the details",
                                null)));
    }

    private static ApiException fromJavalin(
            HttpResponseException e, Context ctx, RouteMatcher routes) {
        return switch (e.getStatus()) {
            // Javalin's 404 also means "this path, but not with this method": a 405 then.
            case 404, 405 ->
                    MethodRefusals.refuse(
                            ctx.req().getMethod(), ctx.path(), routes.methodsAt(ctx.path()));
            case 413 -> ApiException.payloadTooLarge("the request body is too large");
            default -> ApiException.invalid(null, e.getMessage());
        };
    }

    private static void answer(Context ctx, ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (e.location().isEmpty()) {
            body.put("error", new ApiError.Detail(e.code(), e.getMessage(), e.field()));
        } else {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", e.code());
            error.put("message", e.getMessage());
            error.put("field", e.field());
            error.putAll(e.location());
            body.put("error", error);
        }
        body.putAll(e.extraBody());
        if (e.allow() != null) {
            ctx.header("Allow", e.allow());
        }
        if (e.etagVersion() != null) {
            ctx.header("ETag", "\"" + e.etagVersion() + "\"");
        }
        write(ctx, e.status(), body);
    }

    private static void write(Context ctx, int status, Map<String, Object> body) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(EngineJson.write(body));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

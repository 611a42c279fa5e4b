package com.ascendkit.journeys.engine.api.journeys;

import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.journeys.JourneyService;
import com.ascendkit.journeys.engine.journeys.JourneyService.Edited;
import com.ascendkit.journeys.engine.journeys.StoredJourney;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.api.JourneyChange;
import com.ascendkit.journeys.model.api.JourneyHead;
import com.ascendkit.journeys.model.api.MinimalJourneyResponse;
import io.javalin.http.Context;
import java.util.Enumeration;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * How an edit of a journey answers: the whole journey, as always, or, when the request says {@code
 * Prefer: return=minimal} (RFC 7240), only its head, the change and the warnings — a few hundred
 * bytes instead of the whole journey, which for a journey of thousands of nodes is megabytes. The
 * answer to a minimal request carries {@code Preference-Applied: return=minimal}.
 */
public final class EditAnswers {
    public static final String PREFERENCE_APPLIED = "Preference-Applied";
    public static final String RETURN_MINIMAL = "return=minimal";

    private EditAnswers() {}

    /** True when the request's {@code Prefer} headers ask for {@code return=minimal}. */
    public static boolean minimal(Context ctx) {
        Enumeration<String> headers = ctx.req().getHeaders("Prefer");
        while (headers != null && headers.hasMoreElements()) {
            for (String preference : headers.nextElement().split(",")) {
                // A preference may carry parameters after ';' and a quoted value (RFC 7240 §2).
                String token = preference.split(";", 2)[0].replace("\"", "").strip();
                int eq = token.indexOf('=');
                if (eq > 0
                        && token.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("return")
                        && token.substring(eq + 1).strip().equalsIgnoreCase("minimal")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The answer to {@code edited}, whole or minimal, with status {@code status}. */
    static ApiResult answer(
            JourneyService journeys, Handle h, Edited edited, boolean minimal, int status) {
        StoredJourney after = edited.after();
        Object body =
                minimal
                        ? new MinimalJourneyResponse(
                                JourneyHead.of(after.toJourney(null)),
                                change(edited),
                                journeys.warnings(h, after),
                                after.status().suppressesTopologyWarnings())
                        : journeys.response(h, after);
        return new ApiResult(status, body, after.version());
    }

    private static JourneyChange change(Edited e) {
        JourneyDefinition before = e.before().definition();
        JourneyDefinition after = e.after().definition();
        return JourneyChange.between(
                before.nodes(),
                before.transitions(),
                after.nodes(),
                after.transitions(),
                e.renames().stream()
                        .map(r -> new JourneyChange.NodeRename(r.from(), r.to()))
                        .toList());
    }
}

package com.ascendkit.journeys.engine.api;

import com.ascendkit.journeys.engine.api.admin.EnvironmentAdminHandlers;
import com.ascendkit.journeys.engine.api.analytics.AnalyticsHandlers;
import com.ascendkit.journeys.engine.api.clock.ClockHandler;
import com.ascendkit.journeys.engine.api.email.IdentityHandlers;
import com.ascendkit.journeys.engine.api.email.TemplateHandlers;
import com.ascendkit.journeys.engine.api.email.TemplateToolHandlers;
import com.ascendkit.journeys.engine.api.environment.EnvironmentHandlers;
import com.ascendkit.journeys.engine.api.events.EventHandlers;
import com.ascendkit.journeys.engine.api.events.TrackCors;
import com.ascendkit.journeys.engine.api.health.HealthHandler;
import com.ascendkit.journeys.engine.api.journeys.JourneyHandlers;
import com.ascendkit.journeys.engine.api.journeys.JourneyParts;
import com.ascendkit.journeys.engine.api.nodes.NodeHandlers;
import com.ascendkit.journeys.engine.api.outbox.OutboxHandlers;
import com.ascendkit.journeys.engine.api.people.PeopleHandlers;
import com.ascendkit.journeys.engine.api.stream.StreamHandler;
import com.ascendkit.journeys.engine.api.surveys.SurveyHandlers;
import com.ascendkit.journeys.engine.api.transitions.TransitionHandlers;
import com.ascendkit.journeys.engine.api.users.UserHandlers;
import io.javalin.http.Handler;
import java.util.List;
import java.util.function.Function;

/**
 * The one place the engine's routes are declared: the journey API's, the run-time's (events, users,
 * outbox, stream, dev clock; {@code OPTIONS /v1/events/track} is the CORS preflight) and the
 * operator's ({@code /v1/admin/…}, with the local admin token instead of a key). Paths are written
 * as in the OpenAPI document ({@code /v1/journeys/{id}}), which is also Javalin's syntax. {@link
 * #declared()} lists them without starting anything, for tests that compare them with the OpenAPI
 * document.
 */
public final class ApiRoutes {

    /** A route: an HTTP method and an OpenAPI-style path. */
    public record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Binding(
            Route route,
            Function<Handlers, Handler> handler,
            Handler before,
            boolean keepsRequestThread) {
        Binding(Route route, Function<Handlers, Handler> handler) {
            this(route, handler, null, false);
        }

        /** See {@link ApiEndpoint#onRequestThread()}. */
        Binding onRequestThread() {
            return new Binding(route, handler, before, true);
        }
    }

    private record Handlers(
            HealthHandler health,
            JourneyHandlers journeys,
            NodeHandlers nodes,
            TransitionHandlers transitions,
            AnalyticsHandlers analytics,
            TemplateHandlers templates,
            TemplateToolHandlers templateTools,
            SurveyHandlers surveys,
            IdentityHandlers identities,
            EnvironmentHandlers environment,
            EventHandlers events,
            UserHandlers users,
            PeopleHandlers people,
            OutboxHandlers outbox,
            StreamHandler stream,
            ClockHandler clock,
            EnvironmentAdminHandlers environmentAdmin) {

        static Handlers of(ApiServices s) {
            JourneyHandlers journeys = new JourneyHandlers(s);
            JourneyParts parts = new JourneyParts(s, journeys);
            return new Handlers(
                    new HealthHandler(s),
                    journeys,
                    new NodeHandlers(s, parts),
                    new TransitionHandlers(parts),
                    new AnalyticsHandlers(s),
                    new TemplateHandlers(s),
                    new TemplateToolHandlers(s),
                    new SurveyHandlers(s),
                    new IdentityHandlers(s),
                    new EnvironmentHandlers(s),
                    new EventHandlers(s),
                    new UserHandlers(s),
                    new PeopleHandlers(s),
                    new OutboxHandlers(s),
                    new StreamHandler(s),
                    new ClockHandler(s),
                    new EnvironmentAdminHandlers(s));
        }
    }

    private static final String JOURNEY = "/v1/journeys/{id}";
    private static final String TRACK = "/v1/events/track";

    private static final List<Binding> TABLE =
            List.of(
                    get("/v1/health", h -> h.health()::get).onRequestThread(),
                    // journeys
                    get("/v1/journeys", h -> h.journeys()::list),
                    post("/v1/journeys", h -> h.journeys()::create),
                    post("/v1/journeys/import", h -> h.journeys()::importJourney),
                    get(JOURNEY, h -> h.journeys()::show),
                    patch(JOURNEY, h -> h.journeys()::patch),
                    delete(JOURNEY, h -> h.journeys()::delete),
                    post(JOURNEY + "/activate", h -> h.journeys()::activate),
                    post(JOURNEY + "/pause", h -> h.journeys()::pause),
                    post(JOURNEY + "/archive", h -> h.journeys()::archive),
                    get(JOURNEY + "/export", h -> h.journeys()::export),
                    get(JOURNEY + "/analytics", h -> h.analytics()::get),
                    get(JOURNEY + "/failures", h -> h.analytics()::failures),
                    get(JOURNEY + "/stream", h -> h.stream()::stream).onRequestThread(),
                    get(JOURNEY + "/users", h -> h.people()::list),
                    get(JOURNEY + "/users/{userId}/path", h -> h.people()::path),
                    // nodes
                    get(JOURNEY + "/nodes", h -> h.nodes()::list),
                    post(JOURNEY + "/nodes", h -> h.nodes()::add),
                    patch(JOURNEY + "/nodes/{name}", h -> h.nodes()::update),
                    delete(JOURNEY + "/nodes/{name}", h -> h.nodes()::remove),
                    // transitions
                    get(JOURNEY + "/transitions", h -> h.transitions()::list),
                    post(JOURNEY + "/transitions", h -> h.transitions()::add),
                    patch(JOURNEY + "/transitions/{name}", h -> h.transitions()::update),
                    delete(JOURNEY + "/transitions/{name}", h -> h.transitions()::remove),
                    // environment, email, surveys
                    get("/v1/environment", h -> h.environment()::get),
                    put("/v1/environment", h -> h.environment()::put),
                    get("/v1/email/identities", h -> h.identities()::list),
                    post("/v1/email/identities", h -> h.identities()::add),
                    post("/v1/email/identities/{email}/verify", h -> h.identities()::verify),
                    get("/v1/email/templates", h -> h.templates()::list),
                    post("/v1/email/templates/preview", h -> h.templateTools()::preview),
                    get("/v1/email/templates/{slug}", h -> h.templates()::get),
                    put("/v1/email/templates/{slug}", h -> h.templates()::put),
                    delete("/v1/email/templates/{slug}", h -> h.templates()::delete),
                    post("/v1/email/templates/{slug}/test", h -> h.templateTools()::test),
                    get("/v1/email/templates/{slug}/usage", h -> h.templateTools()::usage),
                    get("/v1/surveys", h -> h.surveys()::list),
                    get("/v1/surveys/{slug}", h -> h.surveys()::get),
                    put("/v1/surveys/{slug}", h -> h.surveys()::put),
                    delete("/v1/surveys/{slug}", h -> h.surveys()::delete),
                    // run-time: events (track is the browser's call, with CORS), users, outbox
                    new Binding(
                            new Route("POST", TRACK),
                            h -> h.events()::track,
                            TrackCors::allowOrigin,
                            false),
                    new Binding(new Route("OPTIONS", TRACK), h -> TrackCors::preflight),
                    post("/v1/events/system", h -> h.events()::system),
                    post("/v1/events/batch", h -> h.events()::batch),
                    get("/v1/users", h -> h.users()::list),
                    put("/v1/users/{userId}", h -> h.users()::put),
                    get("/v1/users/{userId}", h -> h.users()::get),
                    delete("/v1/users/{userId}", h -> h.users()::delete),
                    get("/v1/email/outbox", h -> h.outbox()::list),
                    post("/v1/dev/clock", h -> h.clock()::advance),
                    // operator: the local admin token only, 404 on an engine given none
                    post("/v1/admin/environments", h -> h.environmentAdmin()::create));

    private ApiRoutes() {}

    /** Every route of the engine (journey API and run-time), in declaration order. */
    public static List<Route> declared() {
        return TABLE.stream().map(Binding::route).toList();
    }

    /** The routes with their handlers, made with {@code services}. */
    public static List<ApiEndpoint> endpoints(ApiServices services) {
        Handlers handlers = Handlers.of(services);
        return TABLE.stream()
                .map(
                        b ->
                                new ApiEndpoint(
                                        b.route(),
                                        b.handler().apply(handlers),
                                        b.before(),
                                        b.keepsRequestThread()))
                .toList();
    }

    private static Binding get(String path, Function<Handlers, Handler> h) {
        return new Binding(new Route("GET", path), h);
    }

    private static Binding post(String path, Function<Handlers, Handler> h) {
        return new Binding(new Route("POST", path), h);
    }

    private static Binding put(String path, Function<Handlers, Handler> h) {
        return new Binding(new Route("PUT", path), h);
    }

    private static Binding patch(String path, Function<Handlers, Handler> h) {
        return new Binding(new Route("PATCH", path), h);
    }

    private static Binding delete(String path, Function<Handlers, Handler> h) {
        return new Binding(new Route("DELETE", path), h);
    }
}

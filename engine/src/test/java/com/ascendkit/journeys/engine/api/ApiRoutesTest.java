package com.ascendkit.journeys.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.engine.Engine;
import com.ascendkit.journeys.engine.store.TestDatabases;
import io.javalin.http.Handler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiRoutesTest {
    @TempDir Path dir;

    @Test
    void declaresEachRouteOnceInOpenApiStyle() {
        List<ApiRoutes.Route> routes = ApiRoutes.declared();
        assertThat(routes).doesNotHaveDuplicates();
        assertThat(routes)
                .contains(
                        new ApiRoutes.Route("GET", "/v1/journeys/{id}"),
                        new ApiRoutes.Route("DELETE", "/v1/journeys/{id}/nodes/{name}"),
                        new ApiRoutes.Route("POST", "/v1/email/identities/{email}/verify"),
                        new ApiRoutes.Route("POST", "/v1/events/track"),
                        new ApiRoutes.Route("OPTIONS", "/v1/events/track"),
                        new ApiRoutes.Route("GET", "/v1/journeys/{id}/stream"),
                        new ApiRoutes.Route("POST", "/v1/dev/clock"),
                        new ApiRoutes.Route("POST", "/v1/admin/environments"));
        assertThat(routes)
                .allSatisfy(r -> assertThat(r.path()).startsWith("/v1/").doesNotContain(":"));
    }

    @Test
    void servesTheDeclaredRoutesAndAModulesRoutes() {
        ApiModule module =
                services ->
                        List.of(
                                ApiEndpoint.of(
                                        "POST",
                                        "/v1/extra/echo",
                                        ctx ->
                                                ctx.result(
                                                        "{\"environment\": \""
                                                                + Caller.of(ctx).environmentName()
                                                                + "\"}")));
        try (Engine engine =
                Engine.builder()
                        .database(TestDatabases.h2(dir))
                        .port(0)
                        .module(module)
                        .build()
                        .start()) {
            assertThat(engine.routes()).containsAll(ApiRoutes.declared());
            var keys = engine.environments().create("development");
            ApiClient api = new ApiClient(engine.url(), keys.secretKey());
            ApiClient.Response echoed = api.send("POST", "/v1/extra/echo", "{}");
            assertThat(echoed.status()).isEqualTo(200);
            assertThat(echoed.json().get("environment").asText()).isEqualTo("development");
            assertThat(api.withKey(keys.publishableKey()).post("/v1/extra/echo", "{}").status())
                    .isEqualTo(403);
            assertThat(new ApiClient(engine.url(), null).post("/v1/extra/echo", "{}").status())
                    .isEqualTo(401);
        }
    }

    @Test
    void runsAHandlerOnTheRequestsVirtualThreadOnlyWhenItsEndpointSaysSo() {
        Handler thread =
                ctx -> ctx.result("{\"virtual\": " + Thread.currentThread().isVirtual() + "}");
        ApiModule module =
                services ->
                        List.of(
                                ApiEndpoint.of("GET", "/v1/extra/pooled", thread),
                                ApiEndpoint.of("GET", "/v1/extra/own", thread).onRequestThread());
        try (Engine engine =
                Engine.builder()
                        .database(TestDatabases.h2(dir))
                        .port(0)
                        .module(module)
                        .build()
                        .start()) {
            ApiClient api =
                    new ApiClient(
                            engine.url(), engine.environments().create("development").secretKey());
            assertThat(api.get("/v1/extra/pooled").json().get("virtual").asBoolean()).isFalse();
            assertThat(api.get("/v1/extra/own").json().get("virtual").asBoolean()).isTrue();
        }
    }

    @Test
    void refusesAModuleRouteThatIsAlreadyDeclared() {
        ApiModule clash =
                services -> List.of(ApiEndpoint.of("GET", "/v1/journeys", ctx -> ctx.result("{}")));
        assertThatThrownBy(
                        () ->
                                Engine.builder()
                                        .database(TestDatabases.h2(dir))
                                        .module(clash)
                                        .build())
                .hasMessageContaining("GET /v1/journeys");
    }
}

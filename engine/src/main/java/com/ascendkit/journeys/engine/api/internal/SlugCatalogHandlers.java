package com.ascendkit.journeys.engine.api.internal;

import com.ascendkit.journeys.engine.api.ApiException;
import com.ascendkit.journeys.engine.api.ApiResult;
import com.ascendkit.journeys.engine.api.ApiServices;
import com.ascendkit.journeys.engine.api.Caller;
import com.ascendkit.journeys.engine.api.json.JsonObject;
import com.ascendkit.journeys.model.Quoted;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;

/**
 * The list, get, PUT and delete of a catalog keyed by slug per environment (email templates,
 * surveys). The answers and the "no <noun> '<slug>'" error live here once, so each feature keeps
 * only what differs: parsing and validating its PUT body.
 *
 * @param <T> the catalog's item
 */
public final class SlugCatalogHandlers<T> {
    private final ApiServices s;
    private final String noun;
    private final Store<T> store;

    /**
     * @param noun how an error names one item ("template")
     * @param store the feature's repository operations, run on the call's handle
     */
    public SlugCatalogHandlers(ApiServices services, String noun, Store<T> store) {
        this.s = services;
        this.noun = noun;
        this.store = store;
    }

    public void list(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        s.calls().read(ctx, h -> ApiResult.ok(Map.of("items", store.list().apply(h, env))));
    }

    public void get(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .read(
                        ctx,
                        h ->
                                ApiResult.ok(
                                        store.find()
                                                .apply(h, env, slug)
                                                .orElseThrow(() -> notFound(slug))));
    }

    /** Stores {@code item} (already validated): 201 when it was created, 200 when replaced. */
    public void put(Context ctx, T item) {
        String env = Caller.of(ctx).environmentId();
        s.calls()
                .write(
                        ctx,
                        h ->
                                store.upsert().apply(h, env, item)
                                        ? ApiResult.created(item)
                                        : ApiResult.ok(item));
    }

    public void delete(Context ctx) {
        String env = Caller.of(ctx).environmentId();
        String slug = ctx.pathParam("slug");
        s.calls()
                .write(
                        ctx,
                        h -> {
                            if (!store.delete().apply(h, env, slug)) {
                                throw notFound(slug);
                            }
                            return ApiResult.noContent();
                        });
    }

    /** A 400 when the body gives a {@code slug} other than the path's (it may leave it out). */
    public void requireSameSlug(JsonObject body, String slug) {
        body.string("slug")
                .filter(given -> !given.equals(slug))
                .ifPresent(
                        given -> {
                            throw ApiException.invalid(
                                    "slug",
                                    "'slug' is "
                                            + Quoted.of(given)
                                            + " but the path names "
                                            + noun
                                            + " "
                                            + Quoted.of(slug)
                                            + "");
                        });
    }

    private ApiException notFound(String slug) {
        return ApiException.notFound("no " + noun + " " + Quoted.of(slug) + "");
    }

    /** A repository call on a handle, in an environment, with one argument. */
    @FunctionalInterface
    public interface Call<A, R> {
        R apply(Handle handle, String environmentId, A argument);
    }

    /** The four repository methods a catalog needs (the repositories' own, by reference). */
    public record Store<T>(
            BiFunction<Handle, String, List<T>> list,
            Call<String, Optional<T>> find,
            Call<T, Boolean> upsert,
            Call<String, Boolean> delete) {}
}

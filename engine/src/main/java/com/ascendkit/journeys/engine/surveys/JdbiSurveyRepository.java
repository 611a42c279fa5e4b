package com.ascendkit.journeys.engine.surveys;

import com.ascendkit.journeys.model.api.Survey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link SurveyRepository} on {@code surveys}. Stateless and thread-safe. */
public final class JdbiSurveyRepository implements SurveyRepository {
    private final Clock clock;

    public JdbiSurveyRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Survey> list(Handle handle, String environmentId) {
        return handle.createQuery("SELECT * FROM surveys WHERE environment_id = :env ORDER BY slug")
                .bind("env", environmentId)
                .map(
                        (rs, ctx) ->
                                new Survey(
                                        rs.getString("slug"),
                                        rs.getString("title"),
                                        rs.getString("url")))
                .list();
    }

    @Override
    public Optional<Survey> find(Handle handle, String environmentId, String slug) {
        return handle.createQuery(
                        "SELECT * FROM surveys WHERE environment_id = :env AND slug = :slug")
                .bind("env", environmentId)
                .bind("slug", slug)
                .map(
                        (rs, ctx) ->
                                new Survey(
                                        rs.getString("slug"),
                                        rs.getString("title"),
                                        rs.getString("url")))
                .findOne();
    }

    @Override
    public boolean upsert(Handle handle, String environmentId, Survey s) {
        int updated =
                handle.createUpdate(
                                "UPDATE surveys SET title = :title, url = :url, updated_at = :at"
                                        + " WHERE environment_id = :env AND slug = :slug")
                        .bind("env", environmentId)
                        .bind("slug", s.slug())
                        .bind("title", s.title())
                        .bind("url", s.url())
                        .bind("at", Instant.now(clock))
                        .execute();
        if (updated > 0) {
            return false;
        }
        handle.createUpdate(
                        "INSERT INTO surveys (environment_id, slug, title, url, updated_at)"
                                + " VALUES (:env, :slug, :title, :url, :at)")
                .bind("env", environmentId)
                .bind("slug", s.slug())
                .bind("title", s.title())
                .bind("url", s.url())
                .bind("at", Instant.now(clock))
                .execute();
        return true;
    }

    @Override
    public boolean delete(Handle handle, String environmentId, String slug) {
        return handle.createUpdate(
                                "DELETE FROM surveys WHERE environment_id = :env AND slug = :slug")
                        .bind("env", environmentId)
                        .bind("slug", slug)
                        .execute()
                > 0;
    }
}

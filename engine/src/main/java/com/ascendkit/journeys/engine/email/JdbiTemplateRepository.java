package com.ascendkit.journeys.engine.email;

import com.ascendkit.journeys.model.api.Template;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link TemplateRepository} on {@code templates}. Stateless and thread-safe. */
public final class JdbiTemplateRepository implements TemplateRepository {
    private final Clock clock;

    public JdbiTemplateRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Template> list(Handle handle, String environmentId) {
        return handle.createQuery(
                        "SELECT * FROM templates WHERE environment_id = :env ORDER BY slug")
                .bind("env", environmentId)
                .map(
                        (rs, ctx) ->
                                new Template(
                                        rs.getString("slug"),
                                        rs.getString("subject"),
                                        rs.getString("html"),
                                        rs.getString("text_body")))
                .list();
    }

    @Override
    public Optional<Template> find(Handle handle, String environmentId, String slug) {
        return handle.createQuery(
                        "SELECT * FROM templates WHERE environment_id = :env AND slug = :slug")
                .bind("env", environmentId)
                .bind("slug", slug)
                .map(
                        (rs, ctx) ->
                                new Template(
                                        rs.getString("slug"),
                                        rs.getString("subject"),
                                        rs.getString("html"),
                                        rs.getString("text_body")))
                .findOne();
    }

    @Override
    public boolean upsert(Handle handle, String environmentId, Template t) {
        int updated =
                handle.createUpdate(
                                "UPDATE templates SET subject = :subject, html = :html,"
                                        + " text_body = :text, updated_at = :at"
                                        + " WHERE environment_id = :env AND slug = :slug")
                        .bind("env", environmentId)
                        .bind("slug", t.slug())
                        .bind("subject", t.subject())
                        .bind("html", t.html())
                        .bind("text", t.text())
                        .bind("at", Instant.now(clock))
                        .execute();
        if (updated > 0) {
            return false;
        }
        handle.createUpdate(
                        "INSERT INTO templates (environment_id, slug, subject, html, text_body,"
                                + " updated_at) VALUES (:env, :slug, :subject, :html, :text, :at)")
                .bind("env", environmentId)
                .bind("slug", t.slug())
                .bind("subject", t.subject())
                .bind("html", t.html())
                .bind("text", t.text())
                .bind("at", Instant.now(clock))
                .execute();
        return true;
    }

    @Override
    public boolean delete(Handle handle, String environmentId, String slug) {
        return handle.createUpdate(
                                "DELETE FROM templates WHERE environment_id = :env AND slug = :slug")
                        .bind("env", environmentId)
                        .bind("slug", slug)
                        .execute()
                > 0;
    }
}

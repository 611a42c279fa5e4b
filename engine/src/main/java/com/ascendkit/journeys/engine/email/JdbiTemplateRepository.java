package com.ascendkit.journeys.engine.email;

import com.ascendkit.journeys.engine.store.internal.SlugRows;
import com.ascendkit.journeys.model.api.Template;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link TemplateRepository} on {@code templates}, its SQL in {@link SlugRows}. Stateless and
 * thread-safe.
 */
public final class JdbiTemplateRepository implements TemplateRepository {
    private final SlugRows<Template> rows;

    public JdbiTemplateRepository(Clock clock) {
        this.rows =
                new SlugRows<>(
                        "templates",
                        (rs, ctx) ->
                                new Template(
                                        rs.getString("slug"),
                                        rs.getString("subject"),
                                        rs.getString("html"),
                                        rs.getString("text_body")),
                        Template::slug,
                        List.of(
                                new SlugRows.Column<>("subject", Template::subject),
                                new SlugRows.Column<>("html", Template::html),
                                new SlugRows.Column<>("text_body", Template::text)),
                        clock);
    }

    @Override
    public List<Template> list(Handle handle, String environmentId) {
        return rows.list(handle, environmentId);
    }

    @Override
    public Optional<Template> find(Handle handle, String environmentId, String slug) {
        return rows.find(handle, environmentId, slug);
    }

    @Override
    public boolean upsert(Handle handle, String environmentId, Template t) {
        return rows.upsert(handle, environmentId, t);
    }

    @Override
    public boolean delete(Handle handle, String environmentId, String slug) {
        return rows.delete(handle, environmentId, slug);
    }
}

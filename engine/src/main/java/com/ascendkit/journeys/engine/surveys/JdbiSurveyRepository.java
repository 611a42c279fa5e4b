package com.ascendkit.journeys.engine.surveys;

import com.ascendkit.journeys.engine.store.internal.SlugRows;
import com.ascendkit.journeys.model.api.Survey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link SurveyRepository} on {@code surveys}, its SQL in {@link SlugRows}. Stateless and
 * thread-safe.
 */
public final class JdbiSurveyRepository implements SurveyRepository {
    private final SlugRows<Survey> rows;

    public JdbiSurveyRepository(Clock clock) {
        this.rows =
                new SlugRows<>(
                        "surveys",
                        (rs, ctx) ->
                                new Survey(
                                        rs.getString("slug"),
                                        rs.getString("title"),
                                        rs.getString("url")),
                        Survey::slug,
                        List.of(
                                new SlugRows.Column<>("title", Survey::title),
                                new SlugRows.Column<>("url", Survey::url)),
                        clock);
    }

    @Override
    public List<Survey> list(Handle handle, String environmentId) {
        return rows.list(handle, environmentId);
    }

    @Override
    public Optional<Survey> find(Handle handle, String environmentId, String slug) {
        return rows.find(handle, environmentId, slug);
    }

    @Override
    public boolean upsert(Handle handle, String environmentId, Survey s) {
        return rows.upsert(handle, environmentId, s);
    }

    @Override
    public boolean delete(Handle handle, String environmentId, String slug) {
        return rows.delete(handle, environmentId, slug);
    }
}

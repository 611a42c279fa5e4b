package com.ascendkit.journeys.engine.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * The SQL of a table of items keyed by {@code (environment_id, slug)} with text columns and an
 * {@code updated_at} stamp (templates, surveys): list, find, upsert and delete written once, so
 * each repository only names its table, its columns and how a row becomes an item. Stateless and
 * thread-safe.
 *
 * @param <T> the item a row holds
 */
public final class SlugRows<T> {
    private final String table;
    private final RowMapper<T> mapper;
    private final Function<T, String> slug;
    private final List<Column<T>> columns;
    private final List<String> names;
    private final Clock clock;

    /**
     * @param columns the text columns besides the key, in order; each is bound as the named
     *     parameter of its name
     */
    public SlugRows(
            String table,
            RowMapper<T> mapper,
            Function<T, String> slug,
            List<Column<T>> columns,
            Clock clock) {
        this.table = table;
        this.mapper = mapper;
        this.slug = slug;
        this.columns = List.copyOf(columns);
        this.names = this.columns.stream().map(Column::name).toList();
        this.clock = clock;
    }

    public List<T> list(Handle handle, String environmentId) {
        return handle.createQuery(
                        "SELECT * FROM " + table + " WHERE environment_id = :env ORDER BY slug")
                .bind("env", environmentId)
                .map(mapper)
                .list();
    }

    public Optional<T> find(Handle handle, String environmentId, String slug) {
        return handle.createQuery(
                        "SELECT * FROM " + table + " WHERE environment_id = :env AND slug = :slug")
                .bind("env", environmentId)
                .bind("slug", slug)
                .map(mapper)
                .findOne();
    }

    /** Replaces the row, or inserts it when there is none; true when it was inserted. */
    public boolean upsert(Handle handle, String environmentId, T item) {
        String update =
                "UPDATE "
                        + table
                        + " SET "
                        + String.join(", ", names.stream().map(c -> c + " = :" + c).toList())
                        + ", updated_at = :at WHERE environment_id = :env AND slug = :slug";
        if (bind(handle.createUpdate(update), environmentId, item).execute() > 0) {
            return false;
        }
        String insert =
                "INSERT INTO "
                        + table
                        + " (environment_id, slug, "
                        + String.join(", ", names)
                        + ", updated_at) VALUES (:env, :slug, :"
                        + String.join(", :", names)
                        + ", :at)";
        bind(handle.createUpdate(insert), environmentId, item).execute();
        return true;
    }

    public boolean delete(Handle handle, String environmentId, String slug) {
        return handle.createUpdate(
                                "DELETE FROM "
                                        + table
                                        + " WHERE environment_id = :env AND slug = :slug")
                        .bind("env", environmentId)
                        .bind("slug", slug)
                        .execute()
                > 0;
    }

    private Update bind(Update update, String environmentId, T item) {
        update.bind("env", environmentId).bind("slug", slug.apply(item));
        columns.forEach(c -> update.bind(c.name(), c.value().apply(item)));
        return update.bind("at", Instant.now(clock));
    }

    /** A text column and how to read its value from an item. */
    public record Column<T>(String name, Function<T, String> value) {}
}

package com.ascendkit.journeys.engine.runtime.counters;

import com.ascendkit.journeys.engine.store.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Adds deltas to one shard row of a counter table, creating it when missing. PostgreSQL uses {@code
 * INSERT … ON CONFLICT DO UPDATE} (atomic under concurrent inserts); H2 has no such clause, so it
 * uses {@code MERGE INTO … USING}, whose rare duplicate-key race the transaction retry cures.
 */
final class Upsert {
    private final String sql;
    private final int keyCount;
    private final List<String> bucketColumns;
    private final List<String> columnNames;

    Upsert(Dialect dialect, String table, List<String> keys, List<String> values) {
        this.keyCount = keys.size();
        this.bucketColumns = keys.stream().filter("bucket"::equals).toList();
        List<String> all = new ArrayList<>(keys);
        all.add("shard");
        all.addAll(values);
        String columns = String.join(", ", all);
        if (dialect == Dialect.POSTGRESQL) {
            String params = all.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
            String sets =
                    values.stream()
                            .map(v -> v + " = " + table + "." + v + " + EXCLUDED." + v)
                            .collect(Collectors.joining(", "));
            List<String> conflict = new ArrayList<>(keys);
            conflict.add("shard");
            this.sql =
                    "INSERT INTO "
                            + table
                            + " ("
                            + columns
                            + ") VALUES ("
                            + params
                            + ") ON CONFLICT ("
                            + String.join(", ", conflict)
                            + ") DO UPDATE SET "
                            + sets;
        } else {
            String params =
                    all.stream()
                            .map(c -> "CAST(:" + c + " AS " + type(c, values) + ")")
                            .collect(Collectors.joining(", "));
            List<String> keyAndShard = new ArrayList<>(keys);
            keyAndShard.add("shard");
            String on =
                    keyAndShard.stream()
                            .map(k -> "t." + k + " = s." + k)
                            .collect(Collectors.joining(" AND "));
            String sets =
                    values.stream()
                            .map(v -> v + " = t." + v + " + s." + v)
                            .collect(Collectors.joining(", "));
            String inserted = all.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
            this.sql =
                    "MERGE INTO "
                            + table
                            + " t USING (VALUES ("
                            + params
                            + ")) AS s("
                            + columns
                            + ") ON "
                            + on
                            + " WHEN MATCHED THEN UPDATE SET "
                            + sets
                            + " WHEN NOT MATCHED THEN INSERT ("
                            + columns
                            + ") VALUES ("
                            + inserted
                            + ")";
        }
        this.columnNames = all;
    }

    private String type(String column, List<String> values) {
        if (column.equals("shard") || bucketColumns.contains(column)) {
            return "INTEGER";
        }
        return values.contains(column) ? "BIGINT" : "VARCHAR(200)";
    }

    void add(Handle h, String[] key, int shard, long[] deltas) {
        Update update = h.createUpdate(sql);
        for (int i = 0; i < keyCount; i++) {
            String column = columnNames.get(i);
            if (bucketColumns.contains(column)) {
                update.bind(column, Integer.parseInt(key[i]));
            } else {
                update.bind(column, key[i]);
            }
        }
        update.bind("shard", shard);
        for (int i = 0; i < deltas.length; i++) {
            update.bind(columnNames.get(keyCount + 1 + i), deltas[i]);
        }
        update.execute();
    }
}

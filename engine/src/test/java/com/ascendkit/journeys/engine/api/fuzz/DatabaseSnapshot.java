package com.ascendkit.journeys.engine.api.fuzz;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the engine's database, read over its own connection pool, to tell
 * whether a request changed anything. Tables are found from the database's metadata, so a table
 * another change adds is covered without touching the test.
 *
 * <p>One table is compared only for new rows: {@code idempotency_keys}, whose expired keys any
 * request that meets them may purge (housekeeping, not a change a client can see), while a refused
 * request storing a key would break the contract ("only successful responses are kept").
 */
record DatabaseSnapshot(Map<String, Set<String>> rows) {
    private static final String ADDITIONS_ONLY = "idempotency_keys";

    static DatabaseSnapshot of(DataSource dataSource) {
        Map<String, Set<String>> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables(c)) {
                rows.put(table, read(c, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the engine's database", e);
        }
        return new DatabaseSnapshot(rows);
    }

    /** What changed from {@code before} to this, table by table; empty when nothing did. */
    List<String> changesSince(DatabaseSnapshot before) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> t : rows.entrySet()) {
            Set<String> old = before.rows.getOrDefault(t.getKey(), Set.of());
            Set<String> added = new HashSet<>(t.getValue());
            added.removeAll(old);
            Set<String> removed = new HashSet<>(old);
            removed.removeAll(t.getValue());
            if (t.getKey().equals(ADDITIONS_ONLY)) {
                removed.clear();
            }
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.add(
                        t.getKey()
                                + ": "
                                + added.size()
                                + " rows added/changed, "
                                + removed.size()
                                + " removed/changed; e.g. "
                                + FuzzRequest.cut(
                                        (added.isEmpty() ? removed : added).iterator().next(),
                                        200));
            }
        }
        return out;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Set<String> read(Connection c, String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnLabel(i))
                            .append('=')
                            .append(rs.getString(i))
                            .append(' ');
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}

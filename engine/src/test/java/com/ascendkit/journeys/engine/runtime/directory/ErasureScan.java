package com.ascendkit.journeys.engine.runtime.directory;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Looks for a value in every column of every table of the engine's schema (Flyway's own history
 * aside): what erasure must leave nowhere.
 */
final class ErasureScan {
    private ErasureScan() {}

    /** "table.column" of each column holding {@code needle} somewhere in some row. */
    static List<String> columnsHolding(Handle h, String needle) {
        List<String> found = new ArrayList<>();
        List<String[]> columns =
                h.createQuery(
                                "SELECT table_name, column_name FROM information_schema.columns"
                                        + " WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA)"
                                        + " AND LOWER(table_name) NOT LIKE 'flyway%'")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .list();
        for (String[] c : columns) {
            int rows =
                    h.createQuery(
                                    "SELECT COUNT(*) FROM "
                                            + c[0]
                                            + " WHERE CAST("
                                            + c[1]
                                            + " AS VARCHAR(100000)) LIKE :n")
                            .bind("n", "%" + needle + "%")
                            .mapTo(Integer.class)
                            .one();
            if (rows > 0) {
                found.add((c[0] + "." + c[1]).toLowerCase());
            }
        }
        return found;
    }
}

package com.ascendkit.journeys.engine.runtime.internal;

import com.ascendkit.journeys.engine.store.Dialect;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A condition selecting rows of one environment by a list of ids, written so that each database
 * uses its two-column index: H2 2.4 uses only the first column of the index for {@code e = ? AND id
 * IN (…)} (it scanned every user of the environment), but seeks each key of a row-value list;
 * PostgreSQL seeks {@code id = ANY} within the environment. The condition binds {@code :kl_env} and
 * {@code :kl_0} … {@code :kl_n}.
 */
public final class KeyList {
    private KeyList() {}

    public static String condition(Dialect dialect, String envColumn, String idColumn, int count) {
        StringBuilder sql = new StringBuilder();
        if (dialect == Dialect.POSTGRESQL) {
            sql.append(envColumn).append(" = :kl_env AND ").append(idColumn).append(" IN (");
            for (int i = 0; i < count; i++) {
                sql.append(i == 0 ? "" : ", ").append(":kl_").append(i);
            }
            return sql.append(')').toString();
        }
        sql.append('(').append(envColumn).append(", ").append(idColumn).append(") IN (");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(:kl_env, :kl_").append(i).append(')');
        }
        return sql.append(')').toString();
    }

    public static <S extends SqlStatement<S>> S bind(S statement, String env, List<String> ids) {
        statement.bind("kl_env", env);
        for (int i = 0; i < ids.size(); i++) {
            statement.bind("kl_" + i, ids.get(i));
        }
        return statement;
    }
}

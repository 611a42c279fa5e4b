package com.ascendkit.journeys.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table: a header row in capitals and left-aligned columns two spaces apart, trailing
 * blanks trimmed, so the output reads well and stays easy to {@code grep} and {@code awk}.
 */
public final class Table {
    private final List<String> header;
    private final int columns;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header, int columns) {
        this.header = header;
        this.columns = columns;
    }

    public static Table withHeader(String... header) {
        return new Table(List.of(header), header.length);
    }

    /** A table without a header row. */
    public static Table withColumns(int columns) {
        return new Table(null, columns);
    }

    /** Adds a row; {@code null} cells print empty. */
    public Table row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(
                    "row has " + cells.length + " cells, table " + columns);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c)).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, one line per row, each line ending in a newline. */
    public String render() {
        int[] widths = new int[columns];
        List<List<String>> all = new ArrayList<>();
        if (header != null) {
            all.add(header);
        }
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}

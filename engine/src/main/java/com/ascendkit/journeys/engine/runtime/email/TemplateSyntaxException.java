package com.ascendkit.journeys.engine.runtime.email;

/**
 * A template that is not valid Liquid: where (line and column, both counted from 1) and what the
 * parser says. The message reads "on line 2, column 11: …", for people and for the editor alike.
 */
public final class TemplateSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public TemplateSyntaxException(int line, int column, String detail) {
        super("on line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

package com.ascendkit.journeys.engine.runtime.email;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The source a checked template is rendered from, and the literal texts it reads as variables.
 *
 * <p>Two changes, both found on the syntax tree of the template as written: in an HTML body each
 * output gets {@code | ak_html_output} before its {@code }}} (so every value is escaped); and each
 * run of literal text of {@value #MIN_LITERAL} characters or more becomes {@code {{ ak_literal_N }}}
 * with the text as that variable's value, because liqp renders literal text a character at a time
 * (27 µs for a 1,500-character body, against 0.3 µs for the same text as one value). Literal runs are
 * left alone in a template that uses whitespace control ({@code {{-}, {@code -%}}…), which trims the
 * text next to a tag. The rendered text is the same either way.
 */
record LiquidRewrite(String source, Map<String, Object> literals) {
    static final String LITERAL = "ak_literal_";
    static final int MIN_LITERAL = 16;
    private static final Pattern WHITESPACE_CONTROL = Pattern.compile("\\{\\{-|-}}|\\{%-|-%}");

    private record Edit(int start, int end, String text) {}

    static LiquidRewrite of(String source, LiquidTree tree, boolean html) {
        List<Edit> edits = new ArrayList<>();
        if (html) {
            String filter = " | " + HtmlEscaping.OUTPUT_FILTER + " ";
            tree.outputEnds().forEach(at -> edits.add(new Edit(at, at, filter)));
        }
        List<LiquidTree.Span> runs =
                WHITESPACE_CONTROL.matcher(source).find() ? List.of() : tree.literals();
        int n = 0;
        for (LiquidTree.Span run : runs) {
            if (run.length() >= MIN_LITERAL) {
                edits.add(new Edit(run.start(), run.end(), LITERAL + n++));
            }
        }
        if (edits.isEmpty()) {
            return new LiquidRewrite(source, Map.of());
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(source.length() + edits.size() * 24);
        Map<String, Object> literals = new HashMap<>();
        int from = 0;
        int fromCodePoint = 0;
        for (Edit e : edits) {
            // ANTLR counts code points; String offsets are UTF-16 units.
            int start = source.offsetByCodePoints(from, e.start() - fromCodePoint);
            int end = source.offsetByCodePoints(start, e.end() - e.start());
            out.append(source, from, start);
            if (e.start() == e.end()) {
                out.append(e.text());
            } else {
                literals.put(e.text(), source.substring(start, end));
                out.append("{{ ").append(e.text()).append(" }}");
            }
            from = end;
            fromCodePoint = e.end();
        }
        return new LiquidRewrite(out.append(source, from, source.length()).toString(), literals);
    }
}

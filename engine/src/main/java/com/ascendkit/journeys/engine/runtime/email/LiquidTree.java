package com.ascendkit.journeys.engine.runtime.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import liqp.Template;
import liqp.org.antlr.v4.runtime.tree.ParseTreeWalker;
import liquid.parser.v4.LiquidParser;
import liquid.parser.v4.LiquidParserBaseListener;

/**
 * What a parsed template's syntax tree tells: where each {@code {{ … }}} output ends (so the HTML
 * body can escape every output, found by the real lexer rather than a regular expression that a
 * {@code "}}"} inside a string would fool) and which variables it reads that it does not set itself
 * ({@code assign}, {@code capture}, loop variables), where its literal text runs, and the filters
 * it names (liqp looks them up only when rendering; a save must refuse an unknown one). Not
 * thread-safe; one per parse.
 */
final class LiquidTree extends LiquidParserBaseListener {
    private static final Set<String> LOOP_OBJECTS = Set.of("forloop", "tablerowloop");

    /** A filter as written: its name and where the name starts (line and column from 1). */
    record FilterUse(String name, int line, int column) {}

    /**
     * Literal text between tags, in code points: {@code start} inclusive, {@code end} exclusive.
     */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private final List<Integer> outputEnds = new ArrayList<>();
    private final List<Span> literals = new ArrayList<>();
    private final List<FilterUse> filters = new ArrayList<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final Set<String> set = new LinkedHashSet<>();

    private LiquidTree() {}

    static LiquidTree of(Template template) {
        LiquidTree tree = new LiquidTree();
        ParseTreeWalker.DEFAULT.walk(tree, template.getParseTree());
        return tree;
    }

    /** Code-point offsets of each output's closing {@code }}} (or {@code -}}}). */
    List<Integer> outputEnds() {
        return outputEnds;
    }

    /** The variables read and never set in the template, in order of first use. */
    Set<String> freeVariables() {
        Set<String> free = new LinkedHashSet<>(read);
        free.removeAll(set);
        free.removeAll(LOOP_OBJECTS);
        return free;
    }

    @Override
    public void enterOutput(LiquidParser.OutputContext ctx) {
        outputEnds.add(ctx.OutEnd().getSymbol().getStartIndex());
    }

    /**
     * The runs of literal text that stand as a block's item (not the text between {@code case} and
     * its first {@code when}, where only text may stand), in order.
     */
    List<Span> literals() {
        return literals;
    }

    @Override
    public void enterOther(LiquidParser.OtherContext ctx) {
        if (ctx.getParent() instanceof LiquidParser.Atom_othersContext) {
            literals.add(new Span(ctx.start.getStartIndex(), ctx.stop.getStopIndex() + 1));
        }
    }

    /** Every filter the template applies, in order. */
    List<FilterUse> filters() {
        return filters;
    }

    @Override
    public void enterFilter(LiquidParser.FilterContext ctx) {
        var id = ctx.Id().getSymbol();
        filters.add(new FilterUse(id.getText(), id.getLine(), id.getCharPositionInLine() + 1));
    }

    @Override
    public void enterLookup_id_indexes(LiquidParser.Lookup_id_indexesContext ctx) {
        read.add(ctx.id().getText());
    }

    @Override
    public void enterAssignment(LiquidParser.AssignmentContext ctx) {
        define(ctx.id());
    }

    @Override
    public void enterCapture_tag_Id(LiquidParser.Capture_tag_IdContext ctx) {
        define(ctx.id());
    }

    @Override
    public void enterFor_array(LiquidParser.For_arrayContext ctx) {
        define(ctx.id());
    }

    @Override
    public void enterFor_range(LiquidParser.For_rangeContext ctx) {
        define(ctx.id());
    }

    @Override
    public void enterTable_tag(LiquidParser.Table_tagContext ctx) {
        define(ctx.id());
    }

    private void define(LiquidParser.IdContext id) {
        if (id != null) {
            set.add(id.getText());
        }
    }
}

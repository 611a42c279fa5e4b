package com.ascendkit.journeys.engine.runtime.email;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid's parser messages in words a marketer reads: the grammar's token names ("expecting
 * TagStart") say nothing to someone who writes templates. Anything not recognised is passed on
 * without the parser's own prefix and position (the caller states the position once).
 */
final class LiquidErrors {
    private record Rule(Pattern pattern, String words) {}

    private static final List<Rule> RULES =
            List.of(
                    new Rule(
                            Pattern.compile("mismatched input '<EOF>'"),
                            "the template ends inside a block: a {% if %}, {% for %}, {% unless"
                                    + " %}, {% case %} or {% capture %} needs its {% end… %}"),
                    new Rule(
                            Pattern.compile("Invalid Tag: '([^']*)'"),
                            "there is no tag '$1' (tags are if, elsif, else, unless, case, when,"
                                    + " for, assign, capture, comment, raw)"),
                    new Rule(
                            Pattern.compile("(?:Mismatched|Invalid) End Tag: '([^']*)'"),
                            "'$1' does not close the block opened before it"),
                    new Rule(Pattern.compile("Missing End Tag"), "a block is not closed"),
                    new Rule(
                            Pattern.compile("exceeded maxIterations: (\\d+)"),
                            "loops ran more than $1 times in all, more than an email needs"),
                    new Rule(Pattern.compile("/ by zero"), "a number is divided by zero"),
                    new Rule(
                            Pattern.compile("no filter available named: \\|?(\\S+)"),
                            "there is no filter '$1'"),
                    new Rule(
                            Pattern.compile(
                                    "no viable alternative at input '(.*)'", Pattern.DOTALL),
                            "cannot read '$1' (is a }} or %} missing, or a value after a | or"
                                    + " :?)"),
                    new Rule(
                            Pattern.compile(
                                    "mismatched input '(.*?)' expecting (.*)", Pattern.DOTALL),
                            "'$1' is not expected here"),
                    new Rule(
                            Pattern.compile(
                                    "extraneous input '(.*?)' expecting (.*)", Pattern.DOTALL),
                            "'$1' is not expected here"));

    private static final Pattern WRAPPED =
            Pattern.compile(
                    "^(?:parser error \"(.*)\" on line \\d+, index \\d+|error on line \\d+, index \\d+: (.*))$",
                    Pattern.DOTALL);

    private LiquidErrors() {}

    static String plain(String message) {
        String text = message == null ? "the template cannot be read" : message;
        Matcher wrapped = WRAPPED.matcher(text);
        if (wrapped.matches()) {
            text = wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2);
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                return expand(m, rule.words());
            }
        }
        return text;
    }

    private static String expand(Matcher m, String words) {
        String out = words;
        for (int g = m.groupCount(); g >= 1; g--) {
            out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g).strip());
        }
        return out;
    }
}

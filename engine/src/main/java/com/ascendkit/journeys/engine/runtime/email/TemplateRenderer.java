package com.ascendkit.journeys.engine.runtime.email;

import com.ascendkit.journeys.model.Quoted;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.Template;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;

/**
 * Renders email templates written in Liquid ({@code {{ name | default: "there" }}, {% if provider
 * %}…{% endif %}}). A variable without a value is nil: {@code if} is false, {@code default}
 * applies, and it prints as nothing, whether it is a profile field the user lacks or a name nothing
 * provides (saving such a template warns instead). In an HTML body every {@code {{ … }}} output is
 * HTML-escaped (a user's name is not markup; {@code escape} there does not escape twice); subjects
 * and text bodies are not escaped. Variable names with dots ({@code app.name}) are read as objects,
 * so {@code {{app.name}}} still finds a variable stored under that name.
 *
 * <p>Parsed templates are cached by their source (sending is a hot path; a parse costs about 100
 * times a render), in the form {@link LiquidRewrite} makes of them. Thread-safe: parsed templates
 * are immutable and every render has its own context.
 */
public final class TemplateRenderer {
    private static final int CACHE_LIMIT = 2_000;
    private static final Pattern PARSER_POSITION = Pattern.compile("line (\\d+), index (\\d+)");

    /**
     * Loops and output are bounded: a send must not hang or fill the outbox because of a {@code {%
     * for i in (1..100000000) %}}. An email has no use for more.
     */
    private static final int MAX_ITERATIONS = 10_000;

    private static final int MAX_RENDERED_CHARS = 2_000_000;

    private static final TemplateParser TEXT = bounded().build();
    private static final TemplateParser HTML =
            bounded()
                    .withFilter(new HtmlEscaping.HtmlOutput())
                    .withFilter(new HtmlEscaping.MarkedEscape("escape", false))
                    .withFilter(new HtmlEscaping.MarkedEscape("escape_once", true))
                    .build();

    private static TemplateParser.Builder bounded() {
        return new TemplateParser.Builder()
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withMaxIterations(MAX_ITERATIONS)
                .withMaxSizeRenderedString(MAX_RENDERED_CHARS);
    }

    private record Key(String source, boolean html) {}

    /** A template ready to render: the form rendered, its literal texts, what it reads. */
    private record Parsed(Template template, Map<String, Object> literals, Set<String> variables) {}

    private static final Map<Key, Parsed> CACHE = new ConcurrentHashMap<>();

    private TemplateRenderer() {}

    /**
     * Renders {@code template} with {@code values} (a missing or null value is nil); null for a
     * null template. Throws {@link TemplateSyntaxException} when it is not valid Liquid and {@link
     * IllegalArgumentException} when rendering fails (a filter given the wrong kind of value).
     */
    public static String render(String template, Map<String, ?> values, boolean html) {
        if (template == null) {
            return null;
        }
        Parsed parsed = parsed(template, html);
        Map<String, Object> variables = LiquidValues.of(values);
        variables.putAll(parsed.literals());
        try {
            return parsed.template().renderUnguarded(variables);
        } catch (TemplateSyntaxException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(LiquidErrors.plain(e.getMessage()), e);
        }
    }

    /** Throws {@link TemplateSyntaxException} when {@code template} is not valid Liquid. */
    public static void check(String template) {
        if (template != null) {
            parsed(template, false);
        }
    }

    /** The variables {@code template} reads and does not set itself, in order of first use. */
    public static Set<String> variablesRead(String template) {
        return template == null ? Set.of() : parsed(template, false).variables();
    }

    private static Parsed parsed(String source, boolean html) {
        Key key = new Key(source, html);
        Parsed cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Template written = parse(TEXT, source);
        LiquidTree tree = LiquidTree.of(written);
        for (LiquidTree.FilterUse f : tree.filters()) {
            if (!TEXT.filters.getMap().containsKey(f.name())) {
                throw new TemplateSyntaxException(
                        f.line(), f.column(), "there is no filter " + Quoted.of(f.name()) + "");
            }
        }
        LiquidRewrite rewrite = LiquidRewrite.of(source, tree, html);
        Template rendered =
                rewrite.source().equals(source)
                        ? written
                        : parse(html ? HTML : TEXT, rewrite.source());
        Parsed parsed = new Parsed(rendered, rewrite.literals(), tree.freeVariables());
        if (CACHE.size() >= CACHE_LIMIT) {
            // Templates change rarely; dropping everything now and then is simpler than an LRU.
            CACHE.clear();
        }
        CACHE.put(key, parsed);
        return parsed;
    }

    private static Template parse(TemplateParser parser, String source) {
        try {
            return parser.parse(source);
        } catch (LiquidException e) {
            throw new TemplateSyntaxException(
                    e.line, e.charPositionInLine + 1, LiquidErrors.plain(e.getMessage()));
        } catch (RuntimeException e) {
            // An unknown filter comes as "error on line 1, index 8: no filter available named: |x".
            String message = String.valueOf(e.getMessage());
            Matcher m = PARSER_POSITION.matcher(message);
            boolean placed = m.find();
            throw new TemplateSyntaxException(
                    placed ? Integer.parseInt(m.group(1)) : 1,
                    placed ? Integer.parseInt(m.group(2)) + 1 : 1,
                    LiquidErrors.plain(message));
        }
    }
}

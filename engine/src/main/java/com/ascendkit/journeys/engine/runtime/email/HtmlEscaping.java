package com.ascendkit.journeys.engine.runtime.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * The HTML body's escaping, as Liquid filters: {@link HtmlOutput} ends every output and escapes
 * what it prints, unless Liquid's {@code escape} or {@code escape_once} (replaced here by {@link
 * MarkedEscape}) already did, so nothing is escaped twice. Stateless, thread-safe.
 */
final class HtmlEscaping {
    /** The filter appended to each output of an HTML body; its name cannot clash with Liquid's. */
    static final String OUTPUT_FILTER = "ak_html_output";

    private HtmlEscaping() {}

    /** Text that is already HTML (what {@code escape} made): the output filter keeps it as is. */
    private record SafeHtml(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    /** Escapes what an output prints in an HTML body, unless {@code escape} already did. */
    static final class HtmlOutput extends Filter {
        HtmlOutput() {
            super(OUTPUT_FILTER);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return value instanceof SafeHtml safe ? safe.html() : escape(asString(value, context));
        }
    }

    /** {@code escape} and {@code escape_once}, marked so that the output does not escape again. */
    static final class MarkedEscape extends Filter {
        private static final Pattern ENTITY =
                Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);");
        private final boolean once;

        MarkedEscape(String name, boolean once) {
            super(name);
            this.once = once;
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            if (value instanceof SafeHtml) {
                return value;
            }
            String text = asString(value, context);
            if (!once) {
                return new SafeHtml(escape(text));
            }
            StringBuilder out = new StringBuilder();
            Matcher m = ENTITY.matcher(text);
            int from = 0;
            while (m.find()) {
                out.append(escape(text.substring(from, m.start()))).append(m.group());
                from = m.end();
            }
            return new SafeHtml(out.append(escape(text.substring(from))).toString());
        }
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity =
                    switch (text.charAt(i)) {
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '&' -> "&amp;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}

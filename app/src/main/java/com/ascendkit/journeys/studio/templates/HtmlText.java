package com.ascendkit.journeys.studio.templates;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML body the engine rendered, for the preview (the editor has no web
 * view: it would make the installer about 28 MB larger, see docs/editor.md). Not a renderer of
 * templates: Liquid is the engine's; this only lays out finished HTML as plain text — paragraphs
 * and line breaks kept, list items bulleted, a link's address after its words, entities decoded,
 * styles and scripts left out.
 */
final class HtmlText {
    private static final Pattern HIDDEN =
            Pattern.compile("(?is)<(style|script|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINK =
            Pattern.compile("(?is)<a\\b[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<(/?)([A-Za-z0-9]+)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9A-Fa-f]+|[A-Za-z]+);");

    private HtmlText() {}

    static String of(String html) {
        if (html == null) {
            return "";
        }
        String s = HIDDEN.matcher(html).replaceAll("");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(link(m)));
        s = s.replaceAll("\\s+", " ");
        s = TAG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(tag(m)));
        s = ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
        return s.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String link(MatchResult m) {
        String words = m.group(2);
        String href = m.group(1);
        return words + (href.isBlank() || words.contains(href) ? "" : " (" + href + ")");
    }

    private static String tag(MatchResult m) {
        boolean closing = !m.group(1).isEmpty();
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "br" -> "\n";
            case "p",
                    "div",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "table",
                    "ul",
                    "ol",
                    "blockquote" ->
                    "\n\n";
            case "tr" -> "\n";
            case "li" -> closing ? "" : "\n• ";
            case "td", "th" -> closing ? " " : "";
            case "hr" -> "\n――――――――\n";
            default -> "";
        };
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code =
                        name.startsWith("#x") || name.startsWith("#X")
                                ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? Character.toString(code) : "";
            } catch (NumberFormatException e) {
                return "&" + name + ";";
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            case "copy" -> "©";
            case "mdash" -> "—";
            case "ndash" -> "–";
            case "hellip" -> "…";
            default -> "&" + name + ";";
        };
    }
}

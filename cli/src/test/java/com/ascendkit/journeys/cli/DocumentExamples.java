package com.ascendkit.journeys.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example commands of the product document ({@code journeys-cli.txt}, kept verbatim in the test
 * resources): every line that starts with {@code ascendkit }, read the way a POSIX shell reads it —
 * {@code \} line continuations, single- and double-quoted words (JSON spanning lines), and {@code
 * #} comments. The document's sender addresses were lost in copying ({@code [email protected]}); as
 * the spec README says, they are read as an ordinary address, {@link #SENDER}.
 */
public final class DocumentExamples {
    /** The address that stands for the document's lost {@code [email protected]}. */
    public static final String SENDER = "hello@yourapp.com";

    /** As copied, with a no-break space (U+00A0) between the words, or a plain one. */
    private static final String LOST_ADDRESS = "\\[email[\u00a0 ]protected]";

    /** One example: where it starts in the document, its text, and its arguments. */
    public record Example(int line, String text, List<String> args) {
        /** True for the document's placeholders ({@code --action '...'}), which must not parse. */
        public boolean isPlaceholder() {
            return args.stream().anyMatch(a -> a.equals("...") || a.matches("[\\[{]\\.\\.\\.[]}]"));
        }

        @Override
        public String toString() {
            return "line " + line + ": ascendkit " + String.join(" ", args);
        }
    }

    private DocumentExamples() {}

    /** The examples of the copy of the product document in the test resources. */
    public static List<Example> productDocument() {
        try (InputStream in = DocumentExamples.class.getResourceAsStream("/journeys-cli.txt")) {
            if (in == null) {
                throw new IllegalStateException("journeys-cli.txt is missing from test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of {@code document}, in order. */
    public static List<Example> parse(String document) {
        String text = document.replace("\r\n", "\n").replaceAll(LOST_ADDRESS, SENDER);
        List<Example> examples = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("ascendkit ", i)) {
                Reader reader = new Reader(text, i);
                List<String> words = reader.words();
                examples.add(
                        new Example(
                                line,
                                text.substring(i, reader.pos),
                                words.subList(1, words.size())));
                line += count(text, i, reader.pos);
                i = reader.pos;
            }
            int next = text.indexOf('\n', i);
            if (next < 0) {
                break;
            }
            line++;
            i = next + 1;
        }
        return examples;
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Shell word splitting of one command, from its start to the newline that ends it. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text, int start) {
            this.text = text;
            this.pos = start;
        }

        List<String> words() {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    break;
                }
                pos++;
                if (c == ' ' || c == '\t') {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else if (c == '#' && word == null) {
                    skipToEndOfLine();
                } else {
                    word = word == null ? new StringBuilder() : word;
                    if (c == '\\') {
                        escaped(word);
                    } else if (c == '\'') {
                        singleQuoted(word);
                    } else if (c == '"') {
                        doubleQuoted(word);
                    } else {
                        word.append(c);
                    }
                    if (word.length() == 0 && c == '\\') {
                        word = null;
                    }
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }

        private void escaped(StringBuilder word) {
            char next = text.charAt(pos++);
            if (next != '\n') {
                word.append(next);
            }
        }

        private void singleQuoted(StringBuilder word) {
            int end = text.indexOf('\'', pos);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated ' at offset " + pos);
            }
            word.append(text, pos, end);
            pos = end + 1;
        }

        private void doubleQuoted(StringBuilder word) {
            while (true) {
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("unterminated \" at offset " + pos);
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return;
                }
                if (c == '\\' && "\"\\$`\n".indexOf(text.charAt(pos)) >= 0) {
                    char next = text.charAt(pos++);
                    if (next != '\n') {
                        word.append(next);
                    }
                } else {
                    word.append(c);
                }
            }
        }

        private void skipToEndOfLine() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
        }
    }
}

package com.ascendkit.journeys.studio.canvas;

import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.Transition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * Copied cards as text: {@code {"format": "journey-fragment/1", "nodes": {...}, "transitions":
 * [...]}}, the nodes and transitions written exactly as in a {@code journey/1} export (each node
 * with the position its card was drawn at). Read as strictly as an import: an unknown field, a
 * transition to a node not in the fragment, or another format is refused.
 */
public final class ClipJson {
    public static final String FORMAT = "journey-fragment/1";
    public static final String MIME_TYPE = "application/x-journey-fragment+json";

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ClipJson() {}

    /** The document written to the clipboard. */
    record Document(String format, Map<String, Node> nodes, List<Transition> transitions) {}

    public static String write(Clip clip) {
        try {
            return MAPPER.writeValueAsString(
                    new Document(FORMAT, clip.nodes(), clip.transitions()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write copied cards: " + e.getMessage(), e);
        }
    }

    /** The clip in {@code text}; an IllegalArgumentException says why it is not one. */
    public static Clip read(String text) {
        Document d;
        try {
            d = MAPPER.readValue(text, Document.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not copied journey cards", e);
        }
        if (d == null || !FORMAT.equals(d.format()) || d.nodes() == null || d.nodes().isEmpty()) {
            throw new IllegalArgumentException("not copied journey cards");
        }
        List<Transition> transitions = d.transitions() == null ? List.of() : d.transitions();
        for (Transition t : transitions) {
            if (!d.nodes().containsKey(t.from()) || !d.nodes().containsKey(t.to())) {
                throw new IllegalArgumentException(
                        "transition '" + t.name() + "' leads outside the copied cards");
            }
        }
        for (Map.Entry<String, Node> n : d.nodes().entrySet()) {
            if (n.getValue() == null || n.getValue().position() == null) {
                throw new IllegalArgumentException("node '" + n.getKey() + "' has no position");
            }
        }
        return new Clip(d.nodes(), transitions);
    }
}

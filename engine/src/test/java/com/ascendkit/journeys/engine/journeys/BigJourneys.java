package com.ascendkit.journeys.engine.journeys;

/** Journey JSON of a given size, for the limit tests: a chain of email steps joined by events. */
final class BigJourneys {
    private BigJourneys() {}

    /** An import document of {@code nodes} nodes and {@code transitions} transitions. */
    static String importDocument(int nodes, int transitions) {
        return "{\"format\": \"journey/1\", \"journey\": " + definition(nodes, transitions) + "}";
    }

    /** {@code name, entryEvent, entryNode, nodes, transitions}: a PATCH or import body. */
    static String definition(int nodes, int transitions) {
        StringBuilder b = new StringBuilder(nodes * 160 + transitions * 160);
        b.append("{\"name\": \"Big\", \"entryEvent\": \"user.created\", \"entryNode\": \"n0\",");
        b.append(" \"nodes\": ").append(nodes(0, nodes));
        b.append(", \"transitions\": [");
        for (int i = 0; i < transitions; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append("{\"name\": \"t")
                    .append(i)
                    .append("\", \"from\": \"n")
                    .append(i % nodes)
                    .append("\", \"to\": \"n")
                    .append((i + 1) % nodes)
                    .append("\", \"trigger\": {\"type\": \"event\", \"event\": \"app.step_")
                    .append(i)
                    .append("\"}}");
        }
        return b.append("]}").toString();
    }

    /** {@code {"n<from>": {...}, …}}: nodes {@code from} to {@code to - 1}. */
    static String nodes(int from, int to) {
        StringBuilder b = new StringBuilder("{");
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(", ");
            }
            b.append("\"n")
                    .append(i)
                    .append("\": {\"action\": {\"type\": \"send_email\", \"templateSlug\":")
                    .append(" \"welcome-email\"}, \"position\": {\"x\": ")
                    .append(i * 10)
                    .append(", \"y\": 40}}");
        }
        return b.append("}").toString();
    }
}

package com.ascendkit.journeys.engine.runtime.email;

import java.util.HashMap;
import java.util.Map;

/** The variables of an email as Liquid reads them. Stateless. */
final class LiquidValues {
    private LiquidValues() {}

    /**
     * Values as Liquid reads them: nulls left out (nil), and a name with dots also stored as nested
     * objects ({@code app.name} → {@code app} → {@code name}) unless its first part has a value.
     */
    static Map<String, Object> of(Map<String, ?> values) {
        Map<String, Object> out = new HashMap<>(values.size() * 2);
        boolean dotted = false;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (e.getValue() != null) {
                out.put(e.getKey(), e.getValue());
                dotted |= e.getKey().indexOf('.') > 0;
            }
        }
        if (dotted) {
            values.forEach((name, value) -> nest(out, name, value));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void nest(Map<String, Object> root, String name, Object value) {
        String[] parts = name.split("\\.", -1);
        if (value == null || parts.length < 2) {
            return;
        }
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.computeIfAbsent(parts[i], k -> new HashMap<String, Object>());
            if (!(child instanceof Map)) {
                return;
            }
            node = (Map<String, Object>) child;
        }
        node.putIfAbsent(parts[parts.length - 1], value);
    }
}

package com.ascendkit.journeys.model.api;

import java.util.List;

/**
 * A template as the engine stored it, with warnings about variables it reads that no profile field,
 * environment variable or step sending it provides (it is saved all the same).
 */
public record SavedTemplate(Template template, List<String> warnings) {

    public SavedTemplate {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}

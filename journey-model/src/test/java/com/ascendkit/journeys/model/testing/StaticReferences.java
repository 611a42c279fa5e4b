package com.ascendkit.journeys.model.testing;

import com.ascendkit.journeys.model.topology.References;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An environment given in full by the test: these templates, these surveys, these identities, and
 * nothing else. Immutable; each {@code with…} returns a new one.
 */
public record StaticReferences(
        Set<String> templates, Set<String> surveys, Map<String, IdentityStatus> identities)
        implements References {

    public StaticReferences {
        templates = Set.copyOf(templates);
        surveys = Set.copyOf(surveys);
        identities = Map.copyOf(identities);
    }

    /** An environment with no templates, surveys or identities. */
    public static StaticReferences empty() {
        return new StaticReferences(Set.of(), Set.of(), Map.of());
    }

    public StaticReferences withTemplates(String... slugs) {
        Set<String> more = new HashSet<>(templates);
        more.addAll(List.of(slugs));
        return new StaticReferences(more, surveys, identities);
    }

    public StaticReferences withSurveys(String... slugs) {
        Set<String> more = new HashSet<>(surveys);
        more.addAll(List.of(slugs));
        return new StaticReferences(templates, more, identities);
    }

    public StaticReferences withIdentity(String email, IdentityStatus status) {
        Map<String, IdentityStatus> more = new HashMap<>(identities);
        more.put(email, status);
        return new StaticReferences(templates, surveys, more);
    }

    @Override
    public boolean templateExists(String slug) {
        return templates.contains(slug);
    }

    @Override
    public boolean surveyExists(String slug) {
        return surveys.contains(slug);
    }

    @Override
    public IdentityStatus identity(String email) {
        return identities.getOrDefault(email, IdentityStatus.MISSING);
    }
}

package com.ascendkit.journeys.studio.templates;

import com.ascendkit.journeys.model.Slugs;
import com.ascendkit.journeys.model.api.Template;
import com.ascendkit.journeys.model.api.TemplateUsage;
import com.ascendkit.journeys.studio.text.NameCharacters;
import java.util.List;

/**
 * An email's name (its slug) in words: what is wrong with one the user typed, stated as the rule
 * {@link Slugs} enforces; a free name for a copy; and the journeys that send an email, asked before
 * it is deleted.
 */
final class TemplateNames {
    static final String RULE =
            "use 1 to 100 of the letters a–z and A–Z, the digits 0–9, '_', '.' and '-', starting"
                    + " with a letter or a digit";

    private TemplateNames() {}

    /** Empty when {@code slug} may name a new email. */
    static String problem(String slug, List<Template> existing) {
        String s = slug == null ? "" : slug;
        if (Slugs.isSlug(s)) {
            return existing.stream().anyMatch(t -> t.slug().equals(s))
                    ? "There is already an email named '" + s + "': choose another name."
                    : "";
        }
        if (s.isEmpty()) {
            return "Give the email a name: " + RULE + ".";
        }
        if (s.length() > 100) {
            return "The name is " + s.length() + " characters long: " + RULE + ".";
        }
        int bad = NameCharacters.firstRefused(s);
        if (bad >= 0) {
            return "The name cannot contain " + NameCharacters.named(bad) + ": " + RULE + ".";
        }
        return "The name cannot start with '" + s.charAt(0) + "': " + RULE + ".";
    }

    /** {@code base}, else {@code base-2}, {@code base-3}… whichever no email has. */
    static String free(String base, List<Template> existing) {
        String name = base;
        for (int i = 2; taken(name, existing); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static boolean taken(String name, List<Template> existing) {
        return existing.stream().anyMatch(t -> t.slug().equals(name));
    }

    /** "No journey sends 'x'. Delete it?" or the journeys and steps that send it. */
    static String usageQuestion(String slug, TemplateUsage usage) {
        List<TemplateUsage.JourneyRef> journeys = usage.journeys();
        if (journeys.isEmpty()) {
            return "No journey sends '" + slug + "'. Delete it? This cannot be undone.";
        }
        StringBuilder b =
                new StringBuilder("'")
                        .append(slug)
                        .append("' is sent by ")
                        .append(
                                journeys.size() == 1
                                        ? "1 journey:"
                                        : journeys.size() + " journeys:");
        for (TemplateUsage.JourneyRef j : journeys) {
            b.append("\n• ")
                    .append(j.name())
                    .append(" (")
                    .append(j.status())
                    .append("), ")
                    .append(j.nodes().size() == 1 ? "step " : "steps ")
                    .append(String.join(", ", j.nodes()));
        }
        boolean active = journeys.stream().anyMatch(j -> "active".equals(j.status()));
        b.append("\n\n")
                .append(
                        active
                                ? "The engine keeps an email that an active journey sends: pause"
                                        + " that journey or choose another email in its steps"
                                        + " first."
                                : journeys.stream().mapToInt(j -> j.nodes().size()).sum() == 1
                                        ? "That step will then warn that its email is missing."
                                        : "Those steps will then warn that their email is missing.")
                .append(" Delete it?");
        return b.toString();
    }
}

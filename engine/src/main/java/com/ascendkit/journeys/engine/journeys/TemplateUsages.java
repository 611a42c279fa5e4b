package com.ascendkit.journeys.engine.journeys;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Which journeys of an environment send a template, and from which steps: for the template's usage
 * list, for refusing to delete a template an active journey sends, and for the variables those
 * steps give the template. Stateless, thread-safe.
 *
 * <p>A question about journeys, so it lives with them: {@code journeys} already depends on {@code
 * email} (a journey's steps reference its templates and identities), not the other way.
 */
public final class TemplateUsages {
    private final JourneyRepository journeys;

    public TemplateUsages(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    /**
     * One journey that sends the template: the sending steps in definition order, the variables
     * they set (a later step's value for the same name wins) and the first survey one of them links
     * (null if none); the last two are what a preview renders with.
     */
    public record Use(
            String journeyId,
            String name,
            JourneyStatus status,
            List<String> nodes,
            Map<String, String> variables,
            String surveySlug) {}

    /** The environment's journeys that send {@code slug}, oldest first. */
    public List<Use> of(Handle h, String environmentId, String slug) {
        List<Use> uses = new ArrayList<>();
        for (StoredJourney j : journeys.list(h, environmentId, null)) {
            List<String> nodes = new ArrayList<>();
            Map<String, String> variables = new LinkedHashMap<>();
            String survey = null;
            for (Map.Entry<String, Node> n : j.definition().nodes().entrySet()) {
                if (n.getValue().action() instanceof Action.SendEmail send
                        && slug.equals(send.templateSlug())) {
                    nodes.add(n.getKey());
                    if (send.variables() != null) {
                        variables.putAll(send.variables());
                    }
                    survey = survey == null ? send.surveySlug() : survey;
                }
            }
            if (!nodes.isEmpty()) {
                uses.add(
                        new Use(
                                j.id(),
                                j.definition().name(),
                                j.status(),
                                List.copyOf(nodes),
                                Map.copyOf(variables),
                                survey));
            }
        }
        return uses;
    }
}

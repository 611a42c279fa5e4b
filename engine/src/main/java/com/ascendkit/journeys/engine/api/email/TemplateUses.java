package com.ascendkit.journeys.engine.api.email;

import com.ascendkit.journeys.engine.journeys.TemplateUsages;
import com.ascendkit.journeys.model.Quoted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the API shows the journeys that send a template: as JSON, and in a refusal's words. */
final class TemplateUses {
    private TemplateUses() {}

    /** {@code [{"id", "name", "status", "nodes": [...]}]}. */
    static List<Map<String, Object>> json(List<TemplateUsages.Use> uses) {
        return uses.stream()
                .map(
                        u -> {
                            Map<String, Object> j = new LinkedHashMap<>();
                            j.put("id", u.journeyId());
                            j.put("name", u.name());
                            j.put("status", u.status().wireName());
                            j.put("nodes", u.nodes());
                            return j;
                        })
                .toList();
    }

    /** "… is sent by the active journey 'Onboarding Flow' (step welcome_email): …". */
    static String refusal(String slug, List<TemplateUsages.Use> active) {
        String journeys =
                active.stream()
                        .map(
                                u ->
                                        ""
                                                + Quoted.of(u.name())
                                                + " ("
                                                + (u.nodes().size() == 1 ? "step " : "steps ")
                                                + String.join(", ", u.nodes())
                                                + ")")
                        .collect(Collectors.joining(", "));
        return "template "
                + Quoted.of(slug)
                + " is sent by "
                + (active.size() == 1
                        ? "the active journey " + journeys + ": pause it"
                        : active.size() + " active journeys: " + journeys + ": pause them")
                + " or choose another template in "
                + (active.stream().mapToInt(u -> u.nodes().size()).sum() == 1
                        ? "that step"
                        : "those steps")
                + " first";
    }
}

package com.ascendkit.journeys.model.topology.rules;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.topology.JourneyGraph;
import com.ascendkit.journeys.model.topology.References;
import com.ascendkit.journeys.model.topology.TopologyRule;
import com.ascendkit.journeys.model.topology.Warning;
import com.ascendkit.journeys.model.topology.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code missing_survey}: a {@code send_email} node links a survey the environment lacks. */
public final class MissingSurveyRule implements TopologyRule {
    @Override
    public List<Warning> check(JourneyGraph graph, References references) {
        List<Warning> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : graph.nodes().entrySet()) {
            if (e.getValue().action() instanceof Action.SendEmail send
                    && send.surveySlug() != null
                    && !references.surveyExists(send.surveySlug())) {
                out.add(
                        Warning.onNode(
                                WarningCode.MISSING_SURVEY,
                                e.getKey(),
                                "node "
                                        + Phrases.quote(e.getKey())
                                        + " links survey "
                                        + Phrases.quote(send.surveySlug())
                                        + ", which does not exist in this environment"));
            }
        }
        return out;
    }
}

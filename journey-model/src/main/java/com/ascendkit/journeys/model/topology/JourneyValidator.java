package com.ascendkit.journeys.model.topology;

import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.JourneyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The only place warnings are computed: the engine calls it after every change, the editor on every
 * local edit. Topology warnings of a draft or paused journey come back flagged {@code suppressed};
 * reference warnings never are. Thread-safe and stateless.
 */
public final class JourneyValidator {
    private final List<TopologyRule> rules;

    public JourneyValidator(List<TopologyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The contract's rules, in the order their warnings are listed. */
    public static JourneyValidator standard() {
        return new JourneyValidator(StandardRules.all());
    }

    public List<Warning> validate(
            JourneyDefinition definition, JourneyStatus status, References references) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(references, "references");
        JourneyGraph graph = JourneyGraph.of(definition);
        boolean suppress = status != null && status.suppressesTopologyWarnings();
        List<Warning> out = new ArrayList<>();
        for (TopologyRule rule : rules) {
            for (Warning w : rule.check(graph, references)) {
                boolean topology = w.code().kind() == WarningCode.Kind.TOPOLOGY;
                out.add(w.withSuppressed(suppress && topology));
            }
        }
        return List.copyOf(out);
    }
}

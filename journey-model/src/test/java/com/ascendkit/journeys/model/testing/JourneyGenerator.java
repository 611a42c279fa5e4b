package com.ascendkit.journeys.model.testing;

import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.JourneyDefinition;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.TransitionNames;
import com.ascendkit.journeys.model.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Large, valid-to-store journeys for scale tests and benchmarks, the same for the same seed. Nodes
 * are {@code n0 … n<N-1>}, entered at {@code n0} on {@code user.created}. The first transitions
 * form a chain {@code n0 → n1 → … → n<N-1>} (as deep as the journey is large; the last node is
 * terminal), the rest join random nodes with a mix of event triggers (some filtered) and timers.
 * Actions cycle through every type; templates are {@link #TEMPLATES}, surveys {@link #SURVEYS}, the
 * sender {@link #SENDER}.
 */
public final class JourneyGenerator {
    public static final List<String> TEMPLATES =
            List.of("welcome-email", "nudge-email", "tips-email", "survey-email");
    public static final List<String> SURVEYS = List.of("nps");
    public static final String SENDER = "hello@yourapp.com";
    private static final List<String> EVENTS =
            List.of("user.login", "user.signout", "app.completed_onboarding", "app.upgraded_plan");
    private static final List<String> UNITS = List.of("m", "h", "d", "w");

    private JourneyGenerator() {}

    /**
     * A journey of {@code nodes} nodes (at least 1) and {@code transitions} transitions: a chain
     * over all nodes first (as far as the transitions go), then random ones.
     */
    public static JourneyDefinition generate(int nodes, int transitions, long seed) {
        if (nodes < 1 || transitions < 0) {
            throw new IllegalArgumentException(
                    "need at least one node and no negative transition count, got "
                            + nodes
                            + " and "
                            + transitions);
        }
        Random random = new Random(seed);
        Map<String, Node> nodeMap = new LinkedHashMap<>();
        for (int i = 0; i < nodes; i++) {
            boolean terminal = i == nodes - 1 || (i > 0 && random.nextInt(50) == 0);
            nodeMap.put(name(i), new Node(action(i, random), terminal, null));
        }
        Set<String> taken = new HashSet<>();
        List<Transition> list = new ArrayList<>(transitions);
        for (int i = 0; i < transitions; i++) {
            boolean chain = i < nodes - 1;
            String from = name(chain ? i : random.nextInt(nodes));
            String to = name(chain ? i + 1 : random.nextInt(nodes));
            String transitionName = TransitionNames.next(from, to, taken);
            taken.add(transitionName);
            list.add(new Transition(transitionName, from, to, trigger(random)));
        }
        return definition("Generated " + nodes + "/" + transitions, nodeMap, list);
    }

    /** {@code n0 → … → n<N-1>} by 1-day timers, the last node terminal: the deepest journey. */
    public static JourneyDefinition chain(int nodes) {
        return line(nodes, true, false);
    }

    /**
     * {@code n0 → … → n<N-1> → n0} by 1-day timers, no terminal node: one timer cycle as long as
     * the journey.
     */
    public static JourneyDefinition timerRing(int nodes) {
        return line(nodes, false, true);
    }

    private static JourneyDefinition line(int nodes, boolean lastTerminal, boolean closeRing) {
        Map<String, Node> nodeMap = new LinkedHashMap<>();
        for (int i = 0; i < nodes; i++) {
            nodeMap.put(name(i), new Node(Action.none(), lastTerminal && i == nodes - 1, null));
        }
        List<Transition> list = new ArrayList<>();
        int count = closeRing ? nodes : nodes - 1;
        for (int i = 0; i < count; i++) {
            String from = name(i);
            String to = name((i + 1) % nodes);
            list.add(new Transition(TransitionNames.base(from, to), from, to, Trigger.after("1d")));
        }
        return definition((closeRing ? "Ring " : "Chain ") + nodes, nodeMap, list);
    }

    private static JourneyDefinition definition(
            String title, Map<String, Node> nodes, List<Transition> transitions) {
        return new JourneyDefinition(
                title, "user.created", Map.of(), name(0), ReEntryPolicy.SKIP, nodes, transitions);
    }

    /** The name of the {@code i}-th node. */
    public static String name(int i) {
        return "n" + i;
    }

    private static Action action(int i, Random random) {
        return switch (i % 4) {
            case 0 ->
                    new Action.SendEmail(
                            TEMPLATES.get(random.nextInt(TEMPLATES.size())),
                            random.nextInt(5) == 0 ? SURVEYS.get(0) : null,
                            random.nextBoolean() ? SENDER : null,
                            null);
            case 1 -> new Action.TagUser("tag-" + random.nextInt(10));
            case 2 -> new Action.AdvanceStage("stage-" + random.nextInt(5));
            default -> Action.none();
        };
    }

    private static Trigger trigger(Random random) {
        if (random.nextBoolean()) {
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            int amount = 1 + random.nextInt(unit.equals("w") ? 52 : 300);
            return new Trigger.Timer(Delay.parse("delay", amount + unit));
        }
        String event = EVENTS.get(random.nextInt(EVENTS.size()));
        Map<String, Object> filter =
                random.nextInt(3) == 0
                        ? Map.of("plan", random.nextBoolean() ? "pro" : "free")
                        : Map.of();
        return new Trigger.Event(event, filter);
    }
}

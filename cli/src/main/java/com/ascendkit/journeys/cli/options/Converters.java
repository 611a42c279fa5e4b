package com.ascendkit.journeys.cli.options;

import com.ascendkit.journeys.cli.internal.CliJson;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.Delay;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.JourneyStatus;
import com.ascendkit.journeys.model.Names;
import com.ascendkit.journeys.model.Node;
import com.ascendkit.journeys.model.ReEntryPolicy;
import com.ascendkit.journeys.model.Scalars;
import com.ascendkit.journeys.model.Transition;
import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the options that take JSON or a value of the journey language. Each
 * rejects bad input while the command line is parsed, so a mistake is a usage error (exit 2) whose
 * message names the option and the problem, and nothing is sent to the engine.
 */
public final class Converters {
    private static final TypeFactory TYPES = CliJson.mapper().getTypeFactory();

    private Converters() {}

    /** {@code --action '{"type": "send_email", "templateSlug": "welcome-email"}'}. */
    public static final class ActionConverter implements ITypeConverter<Action> {
        @Override
        public Action convert(String value) {
            return JsonOptions.read(value, TYPES.constructType(Action.class), "an action object");
        }
    }

    /** {@code --trigger '{"type": "event", "event": "app.upgraded_plan", "eventFilter": {…}}'}. */
    public static final class TriggerConverter implements ITypeConverter<Trigger> {
        @Override
        public Trigger convert(String value) {
            return JsonOptions.read(value, TYPES.constructType(Trigger.class), "a trigger object");
        }
    }

    /** {@code --nodes '{"welcome_email": {"action": {…}, "terminal": false}}'}; null removes. */
    public static final class NodesConverter implements ITypeConverter<JsonArgs.NodeChanges> {
        @Override
        public JsonArgs.NodeChanges convert(String value) {
            JavaType type = TYPES.constructMapType(LinkedHashMap.class, String.class, Node.class);
            Map<String, Node> nodes = JsonOptions.read(value, type, "an object of nodes by name");
            nodes.keySet().forEach(name -> valid(() -> Names.requireNodeName("nodes", name)));
            return new JsonArgs.NodeChanges(nodes);
        }
    }

    /** {@code --transitions '[{"name": …, "from": …, "to": …, "trigger": {…}}]'}. */
    public static final class TransitionsConverter
            implements ITypeConverter<JsonArgs.TransitionList> {
        @Override
        public JsonArgs.TransitionList convert(String value) {
            JavaType type = TYPES.constructCollectionType(List.class, Transition.class);
            List<Transition> transitions = JsonOptions.read(value, type, "a list of transitions");
            return new JsonArgs.TransitionList(transitions);
        }
    }

    /** A flat object of JSON scalars: {@code --entry-conditions '{"provider": "credentials"}'}. */
    public static final class FlatObjectConverter implements ITypeConverter<JsonArgs.JsonObject> {
        @Override
        public JsonArgs.JsonObject convert(String value) {
            Map<String, Object> map = JsonObjectConverter.object(value);
            return new JsonArgs.JsonObject(
                    valid(() -> Scalars.requireFlat("entryConditions", map)));
        }
    }

    /** Any JSON object: {@code --properties '{"plan": "pro", "interval": "annual"}'}. */
    public static final class JsonObjectConverter implements ITypeConverter<JsonArgs.JsonObject> {
        @Override
        public JsonArgs.JsonObject convert(String value) {
            return new JsonArgs.JsonObject(object(value));
        }

        static Map<String, Object> object(String value) {
            JavaType type = TYPES.constructMapType(LinkedHashMap.class, String.class, Object.class);
            return JsonOptions.read(value, type, "a JSON object");
        }
    }

    /** Template variables: {@code --variables '{"company": "Acme"}'}, strings only. */
    public static final class VariablesConverter implements ITypeConverter<JsonArgs.Variables> {
        @Override
        public JsonArgs.Variables convert(String value) {
            JavaType type = TYPES.constructMapType(LinkedHashMap.class, String.class, String.class);
            Map<String, String> map =
                    JsonOptions.read(value, type, "an object of string variables");
            return new JsonArgs.Variables(map);
        }
    }

    /** {@code --after 2d}: a duration of the contract ({@code 30m}, {@code 12h}, {@code 1w}). */
    public static final class DelayConverter implements ITypeConverter<Delay> {
        @Override
        public Delay convert(String value) {
            return valid(() -> Delay.parse("--after", value));
        }
    }

    /** {@code --on user.login}: an event name. */
    public static final class EventNameConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return valid(() -> Names.requireEventName("event", value));
        }
    }

    /** {@code --re-entry-policy skip|restart}. */
    public static final class ReEntryPolicyConverter implements ITypeConverter<ReEntryPolicy> {
        @Override
        public ReEntryPolicy convert(String value) {
            return valid(() -> ReEntryPolicy.parse(value));
        }
    }

    /** {@code --status draft|active|paused|archived}. */
    public static final class StatusConverter implements ITypeConverter<JourneyStatus> {
        @Override
        public JourneyStatus convert(String value) {
            return valid(() -> JourneyStatus.parse(value));
        }
    }

    /** Runs a model check, turning its complaint into a conversion error with the same text. */
    private static <T> T valid(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

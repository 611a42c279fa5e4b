package com.ascendkit.journeys.cli.options;

import com.ascendkit.journeys.cli.internal.CliJson;
import com.ascendkit.journeys.model.Action;
import com.ascendkit.journeys.model.ActionType;
import com.ascendkit.journeys.model.InvalidInputException;
import com.ascendkit.journeys.model.Trigger;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's JSON into a model type. Every failure becomes a picocli {@link
 * TypeConversionException}, so picocli reports it as a usage error (exit 2) that names the option:
 * {@code Invalid value for option '--action': not valid JSON (Unexpected character ('.' ...)) at
 * line 1, column 2}.
 */
public final class JsonOptions {
    private JsonOptions() {}

    /** {@code text} as a {@code type}, or a conversion error saying what is wrong with it. */
    public static <T> T read(String text, JavaType type, String what) {
        T value;
        try {
            value = CliJson.mapper().readValue(text, type);
        } catch (StreamReadException e) {
            throw new TypeConversionException(
                    "not valid JSON (" + e.getOriginalMessage() + ")" + at(e.getLocation()));
        } catch (JsonMappingException e) {
            throw new TypeConversionException(describe(e, what));
        } catch (JsonProcessingException e) {
            throw new TypeConversionException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (value == null) {
            throw new TypeConversionException("expected " + what + ", got null");
        }
        return value;
    }

    private static String describe(JsonMappingException e, String what) {
        String path = path(e);
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException invalid) {
                return invalid.getMessage() + path;
            }
        }
        if (e instanceof InvalidTypeIdException typeId) {
            String known = " (use " + knownTypes(typeId.getBaseType()) + ")";
            return typeId.getTypeId() == null
                    ? "missing \"type\"" + path + known
                    : "unknown type '" + typeId.getTypeId() + "'" + path + known;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<Reference> parent = e.getPath().subList(0, e.getPath().size() - 1);
            return "unknown field '"
                    + unknown.getPropertyName()
                    + "'"
                    + path(parent)
                    + " (known fields: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Cannot deserialize value of type `java.util")) {
            message = "expected " + what;
        }
        return message + path;
    }

    /** The type names a sealed model type accepts, for a message. */
    private static String knownTypes(JavaType base) {
        if (base != null && base.getRawClass() == Action.class) {
            return String.join(", ", ActionType.wireNames());
        }
        if (base != null && base.getRawClass() == Trigger.class) {
            return "event, timer";
        }
        return "a known type";
    }

    private static String path(JsonMappingException e) {
        return path(e.getPath());
    }

    /** {@code at 'welcome_email.action'}, or nothing at the top level. */
    private static String path(List<Reference> references) {
        String path =
                references.stream()
                        .map(
                                r ->
                                        r.getFieldName() != null
                                                ? r.getFieldName()
                                                : String.valueOf(r.getIndex()))
                        .collect(Collectors.joining("."));
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}

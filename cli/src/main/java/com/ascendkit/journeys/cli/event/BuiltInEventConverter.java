package com.ascendkit.journeys.cli.event;

import com.ascendkit.journeys.model.Events;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts only a built-in event name; app events go through {@code track}. */
public final class BuiltInEventConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (!Events.isBuiltIn(value)) {
            throw new TypeConversionException(
                    "'"
                            + value
                            + "' is not a built-in event: use one of "
                            + String.join(", ", Events.BUILT_IN)
                            + " (app events: ascendkit track)");
        }
        return value;
    }
}

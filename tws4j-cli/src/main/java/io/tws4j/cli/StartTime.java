package io.tws4j.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a simulated gateway's clock starts: an ISO instant such as {@code 2026-11-18T15:00:00Z},
 * or {@code now} (empty). Anything else is a one-line error naming both forms.
 */
public final class StartTime implements ITypeConverter<Optional<Instant>> {
    @Override
    public Optional<Instant> convert(String value) {
        if ("now".equalsIgnoreCase(value.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a time: give an ISO instant in UTC such as"
                    + " 2026-11-18T15:00:00Z, or 'now'");
        }
    }
}

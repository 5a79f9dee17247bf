package io.tws4j.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a simulated gateway's clock starts: an ISO instant such as {@code 2026-11-18T15:00:00Z},
 * or {@code now} (no instant: the wall clock). Anything else is a one-line error naming both forms.
 *
 * @param instant the start, or empty for now
 */
public record StartTime(Optional<Instant> instant) {

    /** Reads {@code --start} for picocli. */
    public static final class Converter implements ITypeConverter<StartTime> {
        @Override
        public StartTime convert(String value) {
            if ("now".equalsIgnoreCase(value.strip())) {
                return new StartTime(Optional.empty());
            }
            try {
                return new StartTime(Optional.of(Instant.parse(value.strip())));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time: give an ISO instant in UTC such as"
                        + " 2026-11-18T15:00:00Z, or 'now'");
            }
        }
    }
}

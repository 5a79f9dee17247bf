package io.tws4j.cli.historical;

import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Bar sizes and durations as a trader types them: {@code --bar 1h --duration 5d}. */
final class BarSpecs {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*([a-zA-Z]+)");

    private BarSpecs() {}

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 1w}, {@code 1mo} (or TWS's own {@code "1 hour"}). */
    static final class Size implements ITypeConverter<BarSize> {
        @Override
        public BarSize convert(String value) {
            return BarSize.fromWire(value.strip()).or(() -> parse(value)).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a bar size TWS offers; one of " + Arrays.stream(BarSize.values())
                            .map(BarSpecs::shortForm).collect(Collectors.joining(", "))));
        }

        private static Optional<BarSize> parse(String value) {
            Matcher matcher = FORM.matcher(value.strip());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            long amount = Long.parseLong(matcher.group(1));
            Duration length = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                case "s", "sec", "secs" -> Duration.ofSeconds(amount);
                case "m", "min", "mins" -> Duration.ofMinutes(amount);
                case "h", "hour", "hours" -> Duration.ofHours(amount);
                case "d", "day", "days" -> Duration.ofDays(amount);
                case "w", "week", "weeks" -> Duration.ofDays(7 * amount);
                case "mo", "month", "months" -> Duration.ofDays(30 * amount);
                default -> null;
            };
            return length == null ? Optional.empty()
                    : Arrays.stream(BarSize.values()).filter(size -> size.length().equals(length)).findFirst();
        }
    }

    /** {@code 3600s}, {@code 5d}, {@code 2w}, {@code 6mo}, {@code 1y} (or TWS's own {@code "5 D"}). */
    static final class Span implements ITypeConverter<HistoricalDuration> {
        @Override
        public HistoricalDuration convert(String value) {
            Matcher matcher = FORM.matcher(value.strip());
            if (matcher.matches()) {
                int amount;
                try {
                    amount = Integer.parseInt(matcher.group(1));
                } catch (NumberFormatException e) {
                    throw error(value);
                }
                if (amount < 1) {
                    throw error(value);
                }
                String unit = matcher.group(2);
                switch (unit.equals("M") ? "mo" : unit.toLowerCase(Locale.ROOT)) {
                    case "s", "sec", "secs": return HistoricalDuration.seconds(amount);
                    case "d", "day", "days": return HistoricalDuration.days(amount);
                    case "w", "week", "weeks": return HistoricalDuration.weeks(amount);
                    case "mo", "month", "months": return HistoricalDuration.months(amount);
                    case "y", "year", "years": return HistoricalDuration.years(amount);
                    default: throw error(value);
                }
            }
            throw error(value);
        }

        private static TypeConversionException error(String value) {
            return new TypeConversionException("'" + value + "' is not a duration: give a whole number and s, d, w, mo or y,"
                    + " e.g. 5d or 6mo");
        }
    }

    /** {@code --end}: an ISO instant in UTC, with a message that shows one. */
    static final class End implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not an instant: give one in UTC such as 2026-11-18T21:00:00Z");
            }
        }
    }

    /** The short form of a bar size, e.g. {@code 1h}. */
    static String shortForm(BarSize size) {
        Duration length = size.length();
        if (size == BarSize.MONTH_1) {
            return "1mo";
        }
        if (size == BarSize.WEEK_1) {
            return "1w";
        }
        if (length.toDays() > 0) {
            return length.toDays() + "d";
        }
        if (length.toHours() > 0) {
            return length.toHours() + "h";
        }
        if (length.toMinutes() > 0) {
            return length.toMinutes() + "m";
        }
        return length.toSeconds() + "s";
    }
}

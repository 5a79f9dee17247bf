package io.tws4j.news.codec;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * The times of historical news: {@code yyyy-MM-dd HH:mm:ss.S} in UTC, e.g.
 * {@code 2025-03-04 14:31:07.0}. TWS writes one decimal; any number is read.
 */
final class NewsTimes {
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private NewsTimes() {}

    static String format(Instant time) {
        return WRITE.format(time);
    }

    /**
     * Parses a time.
     *
     * @throws java.time.format.DateTimeParseException if it is not in the format
     */
    static Instant parse(String text) {
        return LocalDateTime.parse(text.strip(), READ).toInstant(ZoneOffset.UTC);
    }

    /** Parses a time; a blank text is no time. */
    static Optional<Instant> parseOptional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }
}

package io.tws4j.orders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The time formats of order fields. TWS reads {@code yyyyMMdd HH:mm:ss} followed by a zone name,
 * or {@code yyyyMMdd-HH:mm:ss} meaning UTC; tws4j writes instants in the UTC form, which needs no
 * zone table on either side.
 */
public final class OrderTimes {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

    private OrderTimes() {}

    /** Formats an instant as TWS's UTC form, e.g. {@code 20250102-14:30:00}. */
    public static String format(Instant time) {
        return UTC.format(time.atOffset(ZoneOffset.UTC));
    }

    /** Formats a zoned time as TWS's UTC form. */
    public static String format(ZonedDateTime time) {
        return format(time.toInstant());
    }

    /**
     * Parses either form: {@code yyyyMMdd-HH:mm:ss} (UTC) or {@code yyyyMMdd HH:mm:ss zone}, the zone
     * resolved by {@code zones} (a zone missing after the time means {@code defaultZone}).
     *
     * @throws java.time.format.DateTimeParseException if the text has neither form
     */
    public static Instant parse(String text, ZoneId defaultZone, Function<String, ZoneId> zones) {
        String value = text.strip();
        if (value.length() >= 17 && value.charAt(8) == '-') {
            return LocalDateTime.parse(value.substring(0, 17), UTC).toInstant(ZoneOffset.UTC);
        }
        LocalDateTime local = LocalDateTime.parse(value.substring(0, Math.min(17, value.length())), LOCAL);
        String zoneName = value.length() > 17 ? value.substring(17).strip() : "";
        ZoneId zone = zoneName.isEmpty() ? defaultZone : zones.apply(zoneName);
        return local.atZone(zone).toInstant();
    }
}

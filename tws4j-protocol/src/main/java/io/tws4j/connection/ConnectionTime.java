package io.tws4j.connection;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The gateway's local time at connection, {@code yyyyMMdd HH:mm:ss <zone name>}, as sent in the
 * handshake acknowledgement.
 *
 * @param text the string as sent
 * @param localTime the date and time part
 * @param zoneName the zone name as sent, which may contain spaces
 */
public record ConnectionTime(String text, LocalDateTime localTime, String zoneName) {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

    /**
     * Parses a connection time.
     *
     * @throws IllegalArgumentException if the text does not start with {@code yyyyMMdd HH:mm:ss}
     */
    public static ConnectionTime parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 17) {
            throw new IllegalArgumentException("connection time '" + text + "' is not yyyyMMdd HH:mm:ss <zone>");
        }
        try {
            LocalDateTime local = LocalDateTime.parse(trimmed.substring(0, 17), FORMAT);
            return new ConnectionTime(text, local, trimmed.substring(17).strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("connection time '" + text + "' is not yyyyMMdd HH:mm:ss <zone>", e);
        }
    }

    /** Formats a time the way a gateway sends it, naming the zone by its id. */
    public static String format(ZonedDateTime time) {
        return FORMAT.format(time) + " " + time.getZone().getId();
    }

    /** Returns the gateway's time zone, if its name is known (see {@link TwsTimeZones}). */
    public Optional<ZoneId> zone() {
        return TwsTimeZones.resolve(zoneName);
    }

    /** Returns the connection time in the gateway's zone, if the zone is known. */
    public Optional<ZonedDateTime> zonedTime() {
        return zone().map(localTime::atZone);
    }
}

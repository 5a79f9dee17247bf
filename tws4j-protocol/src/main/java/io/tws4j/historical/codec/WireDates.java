package io.tws4j.historical.codec;

import io.tws4j.connection.TwsTimeZones;
import io.tws4j.historical.BarTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date strings of the historical messages. TWS writes and reads several forms:
 * <ul>
 *   <li>{@code yyyyMMdd}: a trading day (daily bars, a schedule's reference dates);</li>
 *   <li>{@code yyyyMMdd HH:mm:ss [zone]}: a time in the named zone, or in the gateway's zone
 *       when none is named (request end times, bar dates with {@code formatDate} 1, the end marker's
 *       period); old gateways put two spaces after the date;</li>
 *   <li>{@code yyyyMMdd-HH:mm:ss}: a UTC time in requests; a time in the schedule's zone in schedules;</li>
 *   <li>whole seconds since the epoch (bar dates with {@code formatDate} 2, head timestamps).</li>
 * </ul>
 * tws4j sends end times as {@code yyyyMMdd HH:mm:ss UTC}, which every gateway of the protobuf era
 * accepts, so that no request depends on the gateway's zone.
 */
public final class WireDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");

    private WireDates() {}

    /** Formats an instant as a request's end or start time: {@code yyyyMMdd HH:mm:ss UTC}. */
    public static String requestTime(Instant instant) {
        return DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /**
     * Parses a request's end or start time; blank means now (empty).
     *
     * @param gatewayZone the zone of a time that names none
     * @throws DateTimeException if the text is no time TWS accepts, or names an unknown zone
     */
    public static Optional<Instant> parseRequestTime(String text, ZoneId gatewayZone) {
        return text.isBlank() ? Optional.empty() : Optional.of(parseDateTime(text, gatewayZone, true).toInstant());
    }

    /** Formats a trading day: {@code yyyyMMdd}. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * Parses a trading day, {@code yyyyMMdd}.
     *
     * @throws DateTimeException if it is not one
     */
    public static LocalDate parseDay(String text) {
        return LocalDate.parse(text.strip(), DAY);
    }

    /**
     * Formats a bar's date as TWS does: the day of a daily bar; for a shorter bar its start in
     * {@code zone} with the zone's name ({@code formatDate} 1) or in epoch seconds ({@code formatDate} 2).
     */
    public static String barTime(BarTime time, ZoneId zone, int formatDate) {
        return switch (time) {
            case BarTime.OnDate(LocalDate date) -> day(date);
            case BarTime.AtInstant(Instant instant) -> formatDate == 2 ? Long.toString(instant.getEpochSecond())
                    : zoned(instant.atZone(zone));
        };
    }

    /**
     * Parses a bar's date in any of TWS's forms.
     *
     * @param gatewayZone the zone of a time that names none
     * @throws DateTimeException if the text is no bar date
     */
    public static BarTime parseBarTime(String text, ZoneId gatewayZone) {
        String trimmed = text.strip();
        if (trimmed.length() == 8 && isDigits(trimmed)) {
            return BarTime.of(parseDay(trimmed));
        }
        return BarTime.of(parseDateTime(trimmed, gatewayZone, true).toInstant());
    }

    /**
     * Parses the date of a bar that follows one starting at {@code previous}. A local time in the
     * hour a fall-back repeats names two instants; the text alone cannot tell them apart, so the
     * later one is taken when the earlier would not follow {@code previous}.
     *
     * @throws DateTimeException if the text is no bar date
     */
    public static BarTime parseBarTime(String text, ZoneId gatewayZone, Instant previous) {
        String trimmed = text.strip();
        if (trimmed.length() == 8 && isDigits(trimmed)) {
            return BarTime.of(parseDay(trimmed));
        }
        ZonedDateTime time = parseDateTime(trimmed, gatewayZone, true);
        if (previous != null && !time.toInstant().isAfter(previous)) {
            time = time.withLaterOffsetAtOverlap();
        }
        return BarTime.of(time.toInstant());
    }

    /** Formats a time with its zone: {@code yyyyMMdd HH:mm:ss <zone id>}, as the end marker names its period. */
    public static String zoned(ZonedDateTime time) {
        return DATE_TIME.format(time) + " " + time.getZone().getId();
    }

    /**
     * Parses a time that may name its zone, such as the end marker's period; the result is in
     * the zone named, or in {@code gatewayZone}.
     *
     * @throws DateTimeException if the text is no time, or names an unknown zone
     */
    public static ZonedDateTime parseZoned(String text, ZoneId gatewayZone) {
        return parseDateTime(text, gatewayZone, true);
    }

    /** Formats a schedule time, {@code yyyyMMdd-HH:mm:ss} in the schedule's zone. */
    public static String scheduleTime(ZonedDateTime time) {
        return DASHED.format(time);
    }

    /**
     * Parses a schedule time, {@code yyyyMMdd-HH:mm:ss} in {@code zone}.
     *
     * @throws DateTimeException if it is not one
     */
    public static ZonedDateTime parseScheduleTime(String text, ZoneId zone) {
        return parseDateTime(text, zone, false);
    }

    /**
     * Parses a head timestamp: epoch seconds ({@code formatDate} 2) or a date and time.
     *
     * @throws DateTimeException if it is neither
     */
    public static Instant parseHeadTimestamp(String text, ZoneId gatewayZone) {
        return parseDateTime(text, gatewayZone, true).toInstant();
    }

    /**
     * The common parser: epoch seconds, {@code yyyyMMdd-HH:mm:ss} (UTC when {@code dashIsUtc},
     * else in {@code zone}) or {@code yyyyMMdd HH:mm:ss [zone]}.
     */
    private static ZonedDateTime parseDateTime(String text, ZoneId zone, boolean dashIsUtc) {
        String trimmed = text.strip();
        try {
            if (trimmed.length() > 8 && isDigits(trimmed)) {
                return Instant.ofEpochSecond(Long.parseLong(trimmed)).atZone(ZoneOffset.UTC);
            }
            if (trimmed.length() < 17) {
                throw new DateTimeException("'" + text + "' is no date and time");
            }
            LocalDate date = LocalDate.parse(trimmed.substring(0, 8), DAY);
            if (trimmed.charAt(8) == '-') {
                LocalDateTime local = LocalDateTime.parse(trimmed.substring(0, 17), DASHED);
                String rest = trimmed.substring(17).strip();
                if (!rest.isEmpty() && !rest.equals("Z")) {
                    throw new DateTimeException("'" + text + "' has '" + rest + "' after its time");
                }
                return local.atZone(dashIsUtc ? ZoneOffset.UTC : zone);
            }
            String afterDate = trimmed.substring(8).stripLeading();
            if (trimmed.charAt(8) != ' ' || afterDate.length() < 8) {
                throw new DateTimeException("'" + text + "' is no date and time");
            }
            LocalTime time = LocalTime.parse(afterDate.substring(0, 8), TIME);
            String zoneName = afterDate.substring(8).strip();
            ZoneId named = zoneName.isEmpty() ? zone : TwsTimeZones.resolve(zoneName).orElseThrow(() ->
                    new DateTimeException("'" + text + "' names the unknown time zone '" + zoneName + "'"));
            return date.atTime(time).atZone(named);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new DateTimeException("'" + text + "' is no date and time TWS writes: " + e.getMessage(), e);
        }
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}

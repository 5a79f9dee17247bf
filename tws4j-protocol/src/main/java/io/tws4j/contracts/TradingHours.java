package io.tws4j.contracts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A contract's trading (or liquid) hours as TWS gives them in contract details, parsed into
 * sessions and closed days. TWS sends one entry per session, separated by semicolons, each
 * {@code yyyyMMdd:HHmm-yyyyMMdd:HHmm}, and {@code yyyyMMdd:CLOSED} for days without trading;
 * older gateways wrote {@code yyyyMMdd:HHmm-HHmm[,HHmm-HHmm]}, which is read too ({@code 2400}
 * is midnight at the day's end). Times are in the contract's time zone ({@code timeZoneId}).
 *
 * {@snippet :
 * TradingHours hours = details.tradingHours();
 * boolean open = hours.isOpen(Instant.now());
 * hours.sessions().forEach(session -> System.out.println(session.start() + " - " + session.end()));
 * }
 *
 * @param text the text as TWS sent it
 * @param zone the zone the times are in
 * @param sessions the sessions, in order
 * @param closedDays the days marked closed, in order
 */
public record TradingHours(String text, ZoneId zone, List<TradingSession> sessions, List<LocalDate> closedDays) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    public TradingHours {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
        sessions = List.copyOf(sessions);
        closedDays = List.copyOf(closedDays);
    }

    /** Returns hours with no sessions, as for a contract whose details carry none. */
    public static TradingHours none(ZoneId zone) {
        return new TradingHours("", zone, List.of(), List.of());
    }

    /**
     * Parses TWS's text. Entries that cannot be read are skipped (the text is kept whole), so
     * that one odd entry does not lose the contract's details.
     */
    public static TradingHours parse(String text, ZoneId zone) {
        List<TradingSession> sessions = new ArrayList<>();
        List<LocalDate> closed = new ArrayList<>();
        for (String entry : text.split(";")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                parseEntry(trimmed, zone, sessions, closed);
            }
        }
        sessions.sort(Comparator.comparing(TradingSession::start));
        closed.sort(Comparator.naturalOrder());
        return new TradingHours(text, zone, sessions, closed);
    }

    /** Returns hours made of sessions and closed days, with the text TWS would send for them. */
    public static TradingHours of(ZoneId zone, List<TradingSession> sessions, List<LocalDate> closedDays) {
        record Entry(LocalDate day, String text) {}
        List<Entry> entries = new ArrayList<>();
        for (TradingSession session : sessions.stream().sorted(Comparator.comparing(TradingSession::start)).toList()) {
            LocalDateTime start = session.start().withZoneSameInstant(zone).toLocalDateTime();
            LocalDateTime end = session.end().withZoneSameInstant(zone).toLocalDateTime();
            entries.add(new Entry(start.toLocalDate(), start.format(DAY) + ":" + start.format(TIME)
                    + "-" + end.format(DAY) + ":" + end.format(TIME)));
        }
        closedDays.forEach(day -> entries.add(new Entry(day, day.format(DAY) + ":CLOSED")));
        entries.sort(Comparator.comparing(Entry::day));
        StringJoiner text = new StringJoiner(";");
        entries.forEach(entry -> text.add(entry.text()));
        return parse(text.toString(), zone);
    }

    /** Returns whether a session is open at {@code instant}. */
    public boolean isOpen(Instant instant) {
        return sessionAt(instant).isPresent();
    }

    /** Returns the session open at {@code instant}, if any. */
    public Optional<TradingSession> sessionAt(Instant instant) {
        return sessions.stream().filter(session -> session.contains(instant)).findFirst();
    }

    /** Returns the first session that opens at or after {@code instant}, if any. */
    public Optional<TradingSession> nextSession(Instant instant) {
        return sessions.stream().filter(session -> !session.start().toInstant().isBefore(instant)).findFirst();
    }

    /** Returns the sessions that open on {@code day} (in the contract's zone). */
    public List<TradingSession> sessionsOn(LocalDate day) {
        return sessions.stream().filter(session -> session.start().toLocalDate().equals(day)).toList();
    }

    private static void parseEntry(String entry, ZoneId zone, List<TradingSession> sessions, List<LocalDate> closed) {
        int colon = entry.indexOf(':');
        if (colon != 8) {
            return;
        }
        try {
            LocalDate day = LocalDate.parse(entry.substring(0, 8), DAY);
            String rest = entry.substring(9);
            if (rest.equalsIgnoreCase("CLOSED")) {
                closed.add(day);
                return;
            }
            for (String range : rest.split(",")) {
                parseRange(day, range.strip(), zone).ifPresent(sessions::add);
            }
        } catch (DateTimeException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // An entry in a form tws4j does not know: skipped, as documented; the text stays whole.
        }
    }

    private static Optional<TradingSession> parseRange(LocalDate day, String range, ZoneId zone) {
        int dash = range.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        LocalDateTime start = day.atTime(LocalTime.parse(range.substring(0, dash), TIME));
        String endText = range.substring(dash + 1);
        LocalDateTime end;
        if (endText.length() == 13 && endText.charAt(8) == ':') {
            end = LocalDate.parse(endText.substring(0, 8), DAY).atTime(LocalTime.parse(endText.substring(9), TIME));
        } else {
            end = day.atTime(LocalTime.parse(endText, TIME));
            if (!end.isAfter(start)) {
                end = end.plusDays(1);
            }
        }
        if (!end.isAfter(start)) {
            return Optional.empty();
        }
        return Optional.of(new TradingSession(start.atZone(zone), end.atZone(zone)));
    }
}

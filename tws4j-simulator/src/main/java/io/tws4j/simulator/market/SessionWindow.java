package io.tws4j.simulator.market;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a session opens and closes relative to its trading day, in the market's zone, on whole
 * minutes. A futures session that opens the evening before its trading day has
 * {@code openDayOffset} -1.
 *
 * @param openDayOffset the day the session opens, relative to the trading day
 * @param open the opening time
 * @param closeDayOffset the day the session closes, relative to the trading day
 * @param close the closing time
 */
public record SessionWindow(int openDayOffset, LocalTime open, int closeDayOffset, LocalTime close) {

    public SessionWindow {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (closeDayOffset < openDayOffset || (closeDayOffset == openDayOffset && !close.isAfter(open))) {
            throw new IllegalArgumentException("a session closes after it opens");
        }
        if (open.getSecond() != 0 || open.getNano() != 0 || close.getSecond() != 0 || close.getNano() != 0) {
            throw new IllegalArgumentException("sessions open and close on whole minutes");
        }
    }

    /** A session opening and closing on its trading day. */
    public static SessionWindow of(String open, String close) {
        return new SessionWindow(0, LocalTime.parse(open), 0, LocalTime.parse(close));
    }

    /** A session opening on the evening before its trading day. */
    public static SessionWindow fromEveningBefore(String open, String close) {
        return new SessionWindow(-1, LocalTime.parse(open), 0, LocalTime.parse(close));
    }

    /** A session running a whole calendar day, midnight to midnight. */
    public static SessionWindow allDay() {
        return new SessionWindow(0, LocalTime.MIDNIGHT, 1, LocalTime.MIDNIGHT);
    }

    ZonedDateTime openOn(LocalDate tradingDay, ZoneId zone) {
        return tradingDay.plusDays(openDayOffset).atTime(open).atZone(zone);
    }

    ZonedDateTime closeOn(LocalDate tradingDay, ZoneId zone) {
        return tradingDay.plusDays(closeDayOffset).atTime(close).atZone(zone);
    }
}

package io.tws4j.historical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a bar starts: a trading day for bars of a day or longer, an instant for shorter ones.
 * TWS dates daily bars by the exchange's trading day, which no instant names without a zone, so
 * the two are kept apart.
 *
 * {@snippet :
 * String when = switch (bar.time()) {
 *     case BarTime.OnDate(var date) -> date.toString();
 *     case BarTime.AtInstant(var instant) -> instant.atZone(zone).toLocalTime().toString();
 * };
 * }
 */
public sealed interface BarTime extends Comparable<BarTime> permits BarTime.OnDate, BarTime.AtInstant {

    /** Returns the start of the bar: the instant itself, or the start of the day in {@code zone}. */
    Instant startIn(ZoneId zone);

    /** Returns the day the bar starts on in {@code zone}. */
    LocalDate dateIn(ZoneId zone);

    /** Orders by start, a date counting as its start in UTC. */
    @Override
    default int compareTo(BarTime other) {
        return startIn(ZoneOffset.UTC).compareTo(other.startIn(ZoneOffset.UTC));
    }

    /** Returns the time of a bar dated by trading day. */
    static BarTime of(LocalDate date) {
        return new OnDate(date);
    }

    /** Returns the time of a bar starting at an instant. */
    static BarTime of(Instant instant) {
        return new AtInstant(instant);
    }

    /**
     * A bar of a day or longer, dated by its (first) trading day.
     *
     * @param date the trading day
     */
    record OnDate(LocalDate date) implements BarTime {
        public OnDate {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Instant startIn(ZoneId zone) {
            return date.atStartOfDay(zone).toInstant();
        }

        @Override
        public LocalDate dateIn(ZoneId zone) {
            return date;
        }

        @Override
        public String toString() {
            return date.toString();
        }
    }

    /**
     * A bar shorter than a day, starting at an instant.
     *
     * @param instant when the bar starts
     */
    record AtInstant(Instant instant) implements BarTime {
        public AtInstant {
            Objects.requireNonNull(instant, "instant");
        }

        @Override
        public Instant startIn(ZoneId zone) {
            return instant;
        }

        @Override
        public LocalDate dateIn(ZoneId zone) {
            return LocalDate.ofInstant(instant, zone);
        }

        @Override
        public String toString() {
            return instant.toString();
        }
    }
}

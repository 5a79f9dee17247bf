package io.tws4j.simulator.historical;

import io.tws4j.contracts.TradingSession;
import io.tws4j.simulator.market.TradingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * An instrument's trading time, walked session by session, forward from an instant or backward
 * from one: the regular sessions only, or all of them. Walks give up after {@link #MAX_DAYS}
 * calendar days, so that a request over a closed market ends.
 */
final class TradingTime {
    /** The most calendar days a walk covers. */
    static final int MAX_DAYS = 400;

    /** A stretch of trading time, [start, end). */
    record Interval(Instant start, Instant end) {
        Duration length() {
            return Duration.between(start, end);
        }
    }

    private final TradingCalendar calendar;
    private final boolean regularOnly;

    TradingTime(TradingCalendar calendar, boolean regularOnly) {
        this.calendar = calendar;
        this.regularOnly = regularOnly;
    }

    TradingCalendar calendar() {
        return calendar;
    }

    /** Returns the sessions of a trading day, regular or all. */
    List<TradingSession> sessionsOf(LocalDate day) {
        return calendar.sessionsOf(day, regularOnly);
    }

    /** Walks the sessions from {@code from} on, the first one cut to start there. */
    Iterable<Interval> forward(Instant from) {
        ZoneId zone = calendar.zone();
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
        return () -> new Walk(first, 1, session -> {
            Instant end = session.end().toInstant();
            return end.isAfter(from) ? new Interval(max(session.start().toInstant(), from), end) : null;
        });
    }

    /** Walks the sessions that end after {@code from}, whole. */
    Iterable<Interval> sessionsEndingAfter(Instant from) {
        ZoneId zone = calendar.zone();
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
        return () -> new Walk(first, 1, session -> {
            Instant end = session.end().toInstant();
            return end.isAfter(from) ? new Interval(session.start().toInstant(), end) : null;
        });
    }

    /** Walks the sessions back from {@code end}, the first one cut to end there. */
    Iterable<Interval> backward(Instant end) {
        ZoneId zone = calendar.zone();
        LocalDate first = LocalDate.ofInstant(end, zone).plusDays(1);
        return () -> new Walk(first, -1, session -> {
            Instant start = session.start().toInstant();
            return start.isBefore(end) ? new Interval(start, min(session.end().toInstant(), end)) : null;
        });
    }

    /** Returns where {@code seconds} of trading time before {@code end} begin; as far back as trading goes if there is less. */
    Instant secondsBefore(Instant end, long seconds) {
        long remaining = seconds;
        Instant earliest = end;
        for (Interval interval : backward(end)) {
            long length = interval.length().toSeconds();
            if (length >= remaining) {
                return interval.end().minusSeconds(remaining);
            }
            remaining -= length;
            earliest = interval.start();
        }
        return earliest;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Days in one direction, each day's sessions in that direction, each clipped (or skipped when null). */
    private final class Walk implements Iterator<Interval> {
        private final int step;
        private final Function<TradingSession, Interval> clip;
        private LocalDate day;
        private int days;
        private List<TradingSession> sessions = List.of();
        private int index;
        private Interval next;

        Walk(LocalDate first, int step, Function<TradingSession, Interval> clip) {
            this.day = first;
            this.step = step;
            this.clip = clip;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (index >= sessions.size()) {
                    if (days++ > MAX_DAYS) {
                        return false;
                    }
                    sessions = sessionsOf(day);
                    day = day.plusDays(step);
                    index = 0;
                    continue;
                }
                TradingSession session = sessions.get(step > 0 ? index : sessions.size() - 1 - index);
                index++;
                next = clip.apply(session);
            }
            return true;
        }

        @Override
        public Interval next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Interval result = next;
            next = null;
            return result;
        }
    }
}

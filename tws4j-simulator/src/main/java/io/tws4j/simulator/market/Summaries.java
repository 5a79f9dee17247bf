package io.tws4j.simulator.market;

import java.time.Instant;

/**
 * Summaries of any interval of one instrument's market: whole minutes from their sketches
 * (never their seconds), whole UTC hours and days merged from those (and cached), and the
 * seconds at the edges from their events. Because a minute's events are made to match its
 * sketch, a summary comes out the same however the interval is cut, the average price aside
 * (see {@link MinuteSketch}). Closed hours are skipped without drawing anything.
 */
final class Summaries {
    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    private final EventGenerator events;
    private final TradingCalendar calendar;
    private final SlotCache<Summary> hours = new SlotCache<>(2_048);
    private final SlotCache<Summary> days = new SlotCache<>(1_024);

    Summaries(EventGenerator events, TradingCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
    }

    /** Returns the summary of [{@code from}, {@code to}). */
    Summary between(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Summary.EMPTY;
        }
        Summary summary = new Summary();
        long second = from.getEpochSecond();
        int fromMillis = from.getNano() / 1_000_000 + (from.getNano() % 1_000_000 == 0 ? 0 : 1);
        long lastSecond = to.getEpochSecond();
        int toMillis = to.getNano() / 1_000_000 + (to.getNano() % 1_000_000 == 0 ? 0 : 1);
        if (second == lastSecond) {
            summary.absorb(events.generate(second), fromMillis, toMillis);
            return summary;
        }
        if (fromMillis > 0) {
            summary.absorb(events.generate(second), fromMillis, 1000);
            second++;
        }
        while (second < lastSecond) {
            long remaining = lastSecond - second;
            long length = remaining >= DAY && second % DAY == 0 ? DAY
                    : remaining >= HOUR && second % HOUR == 0 ? HOUR
                    : remaining >= MINUTE && second % MINUTE == 0 ? MINUTE : 1;
            if (length == DAY) {
                summary.absorb(day(second));
            } else if (length == HOUR) {
                summary.absorb(hour(second));
            } else if (length == MINUTE) {
                minute(second, summary);
            } else {
                summary.absorb(events.generate(second), 0, 1000);
            }
            second += length;
        }
        if (toMillis > 0) {
            summary.absorb(events.generate(lastSecond), 0, toMillis);
        }
        return summary;
    }

    private Summary day(long start) {
        if (!calendar.overlaps(start, start + DAY)) {
            return Summary.EMPTY;
        }
        return days.get(start / DAY, index -> {
            Summary day = new Summary();
            for (int hour = 0; hour < 24; hour++) {
                day.absorb(hour(start + hour * HOUR));
            }
            return day;
        });
    }

    private Summary hour(long start) {
        boolean open = false;
        for (int minute = 0; minute < 60 && !open; minute++) {
            open = calendar.kindAt(start + minute * MINUTE) != null;
        }
        if (!open) {
            return Summary.EMPTY;
        }
        return hours.get(start / HOUR, index -> {
            Summary hour = new Summary();
            HourPrices prices = events.prices().hour(index);
            for (int minute = 0; minute < 60; minute++) {
                SessionKind kind = calendar.kindAt(start + minute * MINUTE);
                if (kind != null) {
                    hour.absorb(events.sketch(index * 60 + minute, kind, prices), events);
                }
            }
            return hour;
        });
    }

    private void minute(long start, Summary into) {
        SessionKind kind = calendar.kindAt(start);
        if (kind != null) {
            into.absorb(events.sketch(start / MINUTE, kind, events.prices().hour(Math.floorDiv(start, HOUR))), events);
        }
    }
}

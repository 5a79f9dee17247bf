package io.tws4j.simulator.market;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Summaries of any interval of one instrument's market, assembled from cached summaries of whole
 * UTC days, hours and minutes, and from the events of the seconds at the edges. Intervals when
 * the market is closed are skipped without generating anything.
 */
final class Summaries {
    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    private final EventGenerator events;
    private final TradingCalendar calendar;
    private final Lru<Summary> minutes = new Lru<>(4_096);
    private final Lru<Summary> hours = new Lru<>(1_024);
    private final Lru<Summary> days = new Lru<>(1_024);

    Summaries(EventGenerator events, TradingCalendar calendar) {
        this.events = events;
        this.calendar = calendar;
    }

    /** Returns the summary of [{@code from}, {@code to}). */
    Summary between(Instant from, Instant to) {
        Summary summary = new Summary();
        long second = from.getEpochSecond();
        int fromMillis = from.getNano() / 1_000_000 + (from.getNano() % 1_000_000 == 0 ? 0 : 1);
        long lastSecond = to.getEpochSecond();
        int toMillis = to.getNano() / 1_000_000 + (to.getNano() % 1_000_000 == 0 ? 0 : 1);
        if (!from.isBefore(to)) {
            return Summary.EMPTY;
        }
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
            if (length == 1) {
                summary.absorb(events.generate(second), 0, 1000);
            } else {
                summary.absorb(block(second, length));
            }
            second += length;
        }
        if (toMillis > 0) {
            summary.absorb(events.generate(lastSecond), 0, toMillis);
        }
        return summary;
    }

    private Summary block(long start, long length) {
        if (!calendar.overlaps(start, start + length)) {
            return Summary.EMPTY;
        }
        Lru<Summary> cache = length == DAY ? days : length == HOUR ? hours : minutes;
        return cache.get(start / length, index -> length == MINUTE ? minute(start) : merged(start, length));
    }

    /** Merges a block's children; a day's hours are computed in parallel, as a year of daily bars is millions of seconds. */
    private Summary merged(long start, long length) {
        long childLength = length == DAY ? HOUR : MINUTE;
        int children = (int) (length / childLength);
        IntStream indexes = IntStream.range(0, children);
        List<Summary> parts = (length == DAY ? indexes.parallel() : indexes)
                .mapToObj(child -> block(start + child * childLength, childLength))
                .toList();
        Summary merged = new Summary();
        parts.forEach(merged::absorb);
        return merged;
    }

    private Summary minute(long start) {
        Summary minute = new Summary();
        SessionKind first = calendar.kindAt(start);
        boolean uniform = first != null && first == calendar.kindAt(start + MINUTE - 1);
        for (long second = start; second < start + MINUTE; second++) {
            // Sessions start and end on whole minutes, so a minute open at both ends is open throughout.
            minute.absorb(events.generate(second, uniform ? first : calendar.kindAt(second)), 0, 1000);
        }
        return minute;
    }
}

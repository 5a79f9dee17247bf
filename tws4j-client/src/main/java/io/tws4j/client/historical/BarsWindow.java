package io.tws4j.client.historical;

import io.tws4j.historical.Bar;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The exact period a {@code between(start, end)} query asked for. TWS counts durations in
 * trading time, so the query asks for a duration that surely covers the period and keeps the
 * bars that start in it: up to a day as seconds (trading seconds are never more than wall-clock
 * seconds), up to 364 days as trading days plus one (a period may start mid-session), beyond that
 * in years (TWS refuses more than 365 days).
 *
 * @param start the first instant asked for
 * @param end the instant after the last one asked for
 */
record BarsWindow(Instant start, Instant end) {
    private static final long DAY = 86_400;

    /** Returns a duration TWS accepts that reaches back from {@code end} to {@code start} at least. */
    HistoricalDuration covering() {
        long seconds = Duration.between(start, end).toSeconds() + (Duration.between(start, end).toNanosPart() > 0 ? 1 : 0);
        if (seconds <= DAY) {
            return HistoricalDuration.seconds((int) Math.max(1, seconds));
        }
        long days = (seconds + DAY - 1) / DAY;
        if (days <= 364) {
            return HistoricalDuration.days((int) days + 1);
        }
        return HistoricalDuration.years((int) ((days + 364) / 365));
    }

    /** Keeps the bars that start in the window (daily bars by their date in {@code zone}) and names the window as the period. */
    HistoricalBars trim(HistoricalBars bars, ZoneId zone) {
        List<Bar> kept = bars.bars().stream().filter(bar -> contains(bar.time(), zone)).toList();
        return new HistoricalBars(start.atZone(zone), end.atZone(zone), kept);
    }

    private boolean contains(BarTime time, ZoneId zone) {
        return switch (time) {
            case BarTime.AtInstant(Instant instant) -> !instant.isBefore(start) && instant.isBefore(end);
            case BarTime.OnDate(LocalDate date) -> !date.isBefore(LocalDate.ofInstant(start, zone))
                    && !date.isAfter(LocalDate.ofInstant(end.minusNanos(1), zone));
        };
    }
}

package io.tws4j.simulator.historical;

import io.tws4j.contracts.TradingSession;
import io.tws4j.historical.HistoricalDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The period a duration covers back from an end, counted as TWS counts it. Inferred from what
 * gateways are seen to answer: seconds are seconds of trading time in the hours asked for (86,400
 * seconds of regular hours reach back almost four sessions); days are trading days, the last
 * being the trading day of the end (so that "1 D" before the open holds nothing yet, and TWS
 * answers "no data"), starting at the first session of the earliest; weeks, months and years are
 * calendar spans in the exchange's zone.
 */
final class Periods {

    private Periods() {}

    /** Returns where the period of {@code duration} ending at {@code end} starts. */
    static Instant start(TradingTime time, Instant end, HistoricalDuration duration) {
        ZonedDateTime local = end.atZone(time.calendar().zone());
        return switch (duration.unit()) {
            case SECONDS -> time.secondsBefore(end, duration.amount());
            case DAYS -> firstSessionOfDays(time, end, duration.amount()).orElse(end);
            case WEEKS -> local.minusWeeks(duration.amount()).toInstant();
            case MONTHS -> local.minusMonths(duration.amount()).toInstant();
            case YEARS -> local.minusYears(duration.amount()).toInstant();
        };
    }

    /** Returns the first session start of the {@code days} trading days ending with the trading day of {@code end}. */
    static Optional<Instant> firstSessionOfDays(TradingTime time, Instant end, int days) {
        Optional<LocalDate> last = time.calendar().tradingDayAt(end);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = last.get();
        for (int i = 1; i < days; i++) {
            Optional<LocalDate> previous = time.calendar().previousTradingDay(day);
            if (previous.isEmpty()) {
                break;
            }
            day = previous.get();
        }
        List<TradingSession> sessions = time.sessionsOf(day);
        return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.getFirst().start().toInstant());
    }
}

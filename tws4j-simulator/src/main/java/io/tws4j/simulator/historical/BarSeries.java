package io.tws4j.simulator.historical;

import io.tws4j.contracts.TradingSession;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.PriceSeries;
import io.tws4j.simulator.market.Rounding;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Historical bars of one instrument, summarized by the market model over session-aligned
 * intervals. Daily bars cover a trading day's sessions (regular, or all); weekly and monthly bars
 * the trading days of a calendar week or month, dated by their first. Shorter bars are aligned to
 * the exchange's clock from midnight and cut at session edges, so regular-hours hourly bars of a
 * US stock start at 9:30, 10:00, ... 15:00 (the first lasting half an hour), as TWS's do. Bars
 * without a price are left out, as TWS leaves out bars without trades.
 */
final class BarSeries {
    /** From how many bars on the summaries are computed in parallel. */
    private static final int PARALLEL_FROM = 32;

    private final InstrumentMarket market;
    private final TradingTime time;
    private final BarSize size;
    private final WhatToShow series;

    BarSeries(InstrumentMarket market, TradingTime time, BarSize size, WhatToShow series) {
        this.market = market;
        this.time = time;
        this.size = size;
        this.series = series;
    }

    /** Returns whether the model has this data series for the instrument at all. */
    static Optional<PriceSeries> priceSeries(WhatToShow series) {
        return switch (series) {
            case TRADES, ADJUSTED_LAST, AGGTRADES -> Optional.of(PriceSeries.TRADES);
            case MIDPOINT -> Optional.of(PriceSeries.MIDPOINT);
            case BID, BID_ASK -> Optional.of(PriceSeries.BID);
            case ASK -> Optional.of(PriceSeries.ASK);
            default -> Optional.empty();
        };
    }

    /** Returns the bars with any part in [from, to), the last one cut at {@code to}. */
    List<Bar> between(Instant from, Instant to) {
        return between(from, to, () -> false);
    }

    /**
     * Returns the bars with any part in [from, to), the last one cut at {@code to}; many bars are
     * summarized in parallel.
     *
     * @param stop asked before each bar; once it says so, the work stops
     * @throws CancellationException if {@code stop} said so
     */
    List<Bar> between(Instant from, Instant to, BooleanSupplier stop) {
        List<Slot> slots = size.isDaily() ? days(from, to) : intraday(from, to);
        IntStream indexes = IntStream.range(0, slots.size());
        return (slots.size() >= PARALLEL_FROM ? indexes.parallel() : indexes)
                .mapToObj(i -> {
                    if (stop.getAsBoolean()) {
                        throw new CancellationException("the bars are no longer wanted");
                    }
                    Slot slot = slots.get(i);
                    return summary(slot.start(), slot.end()).map(bar -> dated(bar, slot.time()));
                })
                .flatMap(Optional::stream)
                .toList();
    }

    /** One bar to summarize: its date, and the trading time it covers. */
    private record Slot(BarTime time, Instant start, Instant end) {}

    /** Returns where the bar dated {@code barTime} starts: a day's first session, or the instant itself. */
    Instant startOf(BarTime barTime) {
        return switch (barTime) {
            case BarTime.AtInstant(Instant instant) -> instant;
            case BarTime.OnDate(LocalDate date) -> time.sessionsOf(date).stream().findFirst()
                    .map(session -> session.start().toInstant()).orElse(date.atStartOfDay(time.calendar().zone()).toInstant());
        };
    }

    private List<Slot> days(Instant from, Instant to) {
        List<Day> days = tradingDays(from, to);
        List<Slot> slots = new ArrayList<>();
        for (int first = 0, last; first < days.size(); first = last + 1) {
            last = first;
            while (last + 1 < days.size() && group(days.get(last + 1).date()).equals(group(days.get(first).date()))) {
                last++;
            }
            slots.add(new Slot(BarTime.of(days.get(first).date()), days.get(first).start(), days.get(last).end()));
        }
        return slots;
    }

    /** The trading days with sessions in [from, to), each from its first session's start to its last's end (or {@code to}). */
    private List<Day> tradingDays(Instant from, Instant to) {
        ZoneId zone = time.calendar().zone();
        List<Day> days = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            List<TradingSession> sessions = time.sessionsOf(day);
            if (!sessions.isEmpty()) {
                Instant start = sessions.getFirst().start().toInstant();
                Instant end = sessions.getLast().end().toInstant();
                if (end.isAfter(from) && start.isBefore(to)) {
                    days.add(new Day(day, start, TradingTime.min(end, to)));
                }
            }
        }
        return days;
    }

    /** A trading day's span of trading time. */
    private record Day(LocalDate date, Instant start, Instant end) {}

    private LocalDate group(LocalDate day) {
        return switch (size) {
            case WEEK_1 -> day.with(DayOfWeek.MONDAY);
            case MONTH_1 -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private List<Slot> intraday(Instant from, Instant to) {
        List<Slot> slots = new ArrayList<>();
        for (TradingTime.Interval session : time.sessionsEndingAfter(from)) {
            if (!session.start().isBefore(to)) {
                break;
            }
            addSlots(session, from, to, slots);
        }
        return slots;
    }

    /**
     * Adds the bars of one session, aligned to the exchange's clock from midnight and cut at the
     * session's edges; a bar that {@code from} falls into is included whole.
     */
    private void addSlots(TradingTime.Interval session, Instant from, Instant to, List<Slot> slots) {
        ZoneId zone = time.calendar().zone();
        long length = size.length().toSeconds();
        LocalDateTime local = LocalDateTime.ofInstant(session.start(), zone);
        LocalDateTime slot = local.toLocalDate().atStartOfDay().plusSeconds(local.toLocalTime().toSecondOfDay() / length * length);
        Instant sessionEnd = TradingTime.min(session.end(), to);
        while (true) {
            Instant slotStart = TradingTime.max(slot.atZone(zone).toInstant(), session.start());
            slot = slot.plusSeconds(length);
            Instant slotEnd = TradingTime.min(slot.atZone(zone).toInstant(), sessionEnd);
            if (!slotStart.isBefore(sessionEnd)) {
                return;
            }
            if (slotEnd.isAfter(slotStart) && slotEnd.isAfter(from)) {
                slots.add(new Slot(BarTime.of(slotStart), slotStart, slotEnd));
            }
        }
    }

    private Optional<Bar> summary(Instant start, Instant end) {
        return series == WhatToShow.BID_ASK ? bidAsk(start, end) : one(start, end);
    }

    private Optional<Bar> one(Instant start, Instant end) {
        return market.summarize(start, end, priceSeries(series).orElseThrow())
                .map(bar -> new Bar(BarTime.of(start), price(bar.open()), price(bar.high()), price(bar.low()),
                        price(bar.close()), bar.volume(), wap(bar.wap()), bar.count()));
    }

    /** TWS's bid-ask bars: open the bid's, high the ask's, low the bid's, close the ask's (not time-averaged here). */
    private Optional<Bar> bidAsk(Instant start, Instant end) {
        return market.summarize(start, end, PriceSeries.BID).flatMap(bid -> market.summarize(start, end, PriceSeries.ASK)
                .map(ask -> new Bar(BarTime.of(start), price(bid.open()), price(ask.high()), price(bid.low()), price(ask.close()),
                        BigDecimal.ZERO, wap((bid.close() + ask.close()) / 2), bid.count())));
    }

    /** A bar's price on the tick; midpoints on half a tick ({@link Rounding#midpoint}). */
    private double price(double value) {
        return Rounding.midpoint(value, market.profile().priceRule());
    }

    private static Bar dated(Bar bar, BarTime time) {
        return new Bar(time, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(), bar.wap(), bar.count());
    }

    /** TWS sends the average price to four decimals (more for instruments with finer ticks: {@link Rounding#average}). */
    private double wap(double value) {
        return Rounding.average(value, market.profile().priceRule());
    }
}

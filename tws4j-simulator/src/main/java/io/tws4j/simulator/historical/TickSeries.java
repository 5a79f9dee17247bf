package io.tws4j.simulator.historical;

import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalTick;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketEvent;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Rounding;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Historical ticks of one instrument, from the market model's events: trades, midpoints (each
 * change of the quote's midpoint) or bids and offers (each quote; with "ignore size", only those
 * whose prices changed). Ticks are dated to the second, as on the wire. A request for {@code n}
 * ticks gets the first (or last) {@code n} and every other tick of the last (or first) second,
 * as TWS answers; a walk gives up after {@link TradingTime#MAX_DAYS} days of closed market.
 */
final class TickSeries {
    /** How much trading time is generated at a time while looking for ticks. */
    private static final Duration CHUNK = Duration.ofMinutes(10);

    private final InstrumentMarket market;
    private final TradingTime time;
    private final WhatToShow series;
    private final boolean ignoreSize;

    TickSeries(InstrumentMarket market, TradingTime time, WhatToShow series, boolean ignoreSize) {
        this.market = market;
        this.time = time;
        this.series = series;
        this.ignoreSize = ignoreSize;
    }

    /** Returns {@code count} ticks (and the rest of the last one's second) from {@code from} on, up to {@code until}. */
    List<HistoricalTick> forward(Instant from, Instant until, int count) {
        List<MarketEvent> events = new ArrayList<>();
        for (TradingTime.Interval session : time.forward(from)) {
            if (!session.start().isBefore(until)) {
                break;
            }
            Instant end = TradingTime.min(session.end(), until);
            for (Instant chunk = session.start(); chunk.isBefore(end); chunk = chunk.plus(CHUNK)) {
                events.addAll(market.events(chunk, TradingTime.min(chunk.plus(CHUNK), end)));
                List<HistoricalTick> ticks = ticks(events);
                if (ticks.size() >= count) {
                    long lastSecond = ticks.get(count - 1).time().getEpochSecond();
                    return ticks.stream().filter(tick -> tick.time().getEpochSecond() <= lastSecond).toList();
                }
            }
        }
        return ticks(events);
    }

    /** Returns the last {@code count} ticks before {@code end} (and the rest of the first one's second), not before {@code earliest}. */
    List<HistoricalTick> backward(Instant end, Instant earliest, int count) {
        List<MarketEvent> events = new ArrayList<>();
        for (TradingTime.Interval session : time.backward(end)) {
            if (!session.end().isAfter(earliest)) {
                break;
            }
            Instant start = TradingTime.max(session.start(), earliest);
            for (Instant chunk = session.end(); chunk.isAfter(start); chunk = chunk.minus(CHUNK)) {
                events.addAll(0, market.events(TradingTime.max(chunk.minus(CHUNK), start), chunk));
                List<HistoricalTick> ticks = ticks(events);
                if (ticks.size() >= count) {
                    long firstSecond = ticks.get(ticks.size() - count).time().getEpochSecond();
                    return ticks.stream().filter(tick -> tick.time().getEpochSecond() >= firstSecond).toList();
                }
            }
        }
        return ticks(events);
    }

    /** Turns events in time order into ticks of the series. */
    private List<HistoricalTick> ticks(List<MarketEvent> events) {
        List<HistoricalTick> ticks = new ArrayList<>();
        Quote previous = null;
        for (MarketEvent event : events) {
            Instant second = Instant.ofEpochSecond(event.time().getEpochSecond());
            switch (event) {
                case Trade trade when series == WhatToShow.TRADES -> ticks.add(new HistoricalTrade(second, trade.price(),
                        trade.size(), trade.exchange(), "", false, false));
                case Quote quote when series == WhatToShow.MIDPOINT -> {
                    if (previous == null || previous.mid() != quote.mid()) {
                        ticks.add(new HistoricalMidpoint(second, Rounding.midpoint(quote.mid(), market.profile().priceRule())));
                    }
                    previous = quote;
                }
                case Quote quote when series == WhatToShow.BID_ASK -> {
                    if (!ignoreSize || previous == null || previous.bid() != quote.bid() || previous.ask() != quote.ask()) {
                        ticks.add(new HistoricalBidAsk(second, quote.bid(), quote.ask(), ignoreSize ? BigDecimal.ZERO : quote.bidSize(),
                                ignoreSize ? BigDecimal.ZERO : quote.askSize(), false, false));
                    }
                    previous = quote;
                }
                default -> { }
            }
        }
        return ticks;
    }
}

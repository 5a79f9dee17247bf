package io.tws4j.client.historical;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One historical ticks request being described; the surface that made it decides what the
 * terminals return (the ticks, or their future). TWS answers at most 1,000 ticks per request;
 * tws4j pages past that by itself, starting each page at the second the last one ended on and
 * dropping the ticks of that second it already has, and spaces its pages to stay within TWS's
 * pacing. Anchor the query with {@link #starting} (forward), {@link #ending} (backward) or
 * {@link #between} (forward to the end); {@link #limit} caps the ticks returned (1,000 by default
 * with one anchor, all of them between two).
 *
 * {@snippet :
 * List<HistoricalTrade> trades = client.historicalTicks(Contract.stock("AAPL").build())
 *         .between(Instant.parse("2023-04-11T14:00:00Z"), Instant.parse("2023-04-11T14:30:00Z"))
 *         .trades();
 * List<HistoricalBidAsk> quotes = client.historicalTicks(aapl).ending(now).limit(5_000).ignoreSize(true).bidAsk();
 * }
 *
 * @param <T> what {@link #trades()} returns
 * @param <M> what {@link #midpoints()} returns
 * @param <B> what {@link #bidAsk()} returns
 */
public final class HistoricalTicksQuery<T, M, B> {
    /** The ticks returned by default when only one anchor is given. */
    public static final int DEFAULT_LIMIT = 1_000;

    private final Contract contract;
    private final Function<Supplier<TicksPlan>, T> trades;
    private final Function<Supplier<TicksPlan>, M> midpoints;
    private final Function<Supplier<TicksPlan>, B> bidAsk;
    private Instant start;
    private Instant end;
    private Integer limit;
    private MarketHours hours = MarketHours.REGULAR;
    private boolean ignoreSize;

    HistoricalTicksQuery(Contract contract, Function<Supplier<TicksPlan>, T> trades, Function<Supplier<TicksPlan>, M> midpoints,
                         Function<Supplier<TicksPlan>, B> bidAsk) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.trades = trades;
        this.midpoints = midpoints;
        this.bidAsk = bidAsk;
    }

    /** Starts at {@code start} and pages forward. */
    public HistoricalTicksQuery<T, M, B> starting(Instant start) {
        this.start = Objects.requireNonNull(start, "start");
        return this;
    }

    /** Ends before {@code end}; alone, pages backward from it. */
    public HistoricalTicksQuery<T, M, B> ending(Instant end) {
        this.end = Objects.requireNonNull(end, "end");
        return this;
    }

    /** Asks for every tick in [{@code start}, {@code end}). */
    public HistoricalTicksQuery<T, M, B> between(Instant start, Instant end) {
        return starting(start).ending(end);
    }

    /** Caps the number of ticks returned; the first ones going forward, the last ones going backward. */
    public HistoricalTicksQuery<T, M, B> limit(int count) {
        this.limit = count;
        return this;
    }

    /** Sets whether the ticks cover regular hours only (the default) or all trading hours. */
    public HistoricalTicksQuery<T, M, B> tradingHours(MarketHours hours) {
        this.hours = Objects.requireNonNull(hours, "hours");
        return this;
    }

    /** For bid-ask ticks, leaves out the ticks where only a size changed. */
    public HistoricalTicksQuery<T, M, B> ignoreSize(boolean ignoreSize) {
        this.ignoreSize = ignoreSize;
        return this;
    }

    /**
     * Returns the trades.
     *
     * @throws InvalidRequestException if the query has no anchor, an end before its start or a limit below 1; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with TWS's code, e.g. 200 for an unknown contract or 162 for a pacing violation
     */
    public T trades() {
        return trades.apply(() -> plan(WhatToShow.TRADES));
    }

    /** Returns the midpoints; the errors are those of {@link #trades()}. */
    public M midpoints() {
        return midpoints.apply(() -> plan(WhatToShow.MIDPOINT));
    }

    /** Returns the bids and offers, which TWS counts twice against its pacing; the errors are those of {@link #trades()}. */
    public B bidAsk() {
        return bidAsk.apply(() -> plan(WhatToShow.BID_ASK));
    }

    private TicksPlan plan(WhatToShow whatToShow) {
        HistoricalRequests.requireIdentified(contract);
        if (start == null && end == null) {
            throw new InvalidRequestException("historical ticks need an anchor: starting(...), ending(...) or between(...)");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidRequestException("historical ticks between " + start + " and " + end + ": the end is not after the start");
        }
        int most = limit != null ? limit : start != null && end != null ? Integer.MAX_VALUE : DEFAULT_LIMIT;
        if (most < 1) {
            throw new InvalidRequestException("a ticks query returns at least one tick; limit(" + most + ") returns none");
        }
        return new TicksPlan(contract, Optional.ofNullable(start), Optional.ofNullable(end), most, whatToShow, hours, ignoreSize);
    }
}

package io.tws4j.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What happened over an interval, in a form that merges: the OHLC of trades, bids, asks and
 * midpoints, traded size and count. Merging the summaries of consecutive intervals gives the
 * summary of their union, which lets long intervals be built from cached shorter ones. A summary
 * is filled while it is built and never changes once shared.
 */
final class Summary {
    static final Summary EMPTY = new Summary();

    private final Ohlc trades = new Ohlc();
    private final Ohlc bids = new Ohlc();
    private final Ohlc asks = new Ohlc();
    private final Ohlc mids = new Ohlc();
    private long volumeUnits;
    private double weightedPrices;
    private double sizeWeights;

    /** Returns the summary of the events of one second with offsets in [{@code fromMillis}, {@code toMillis}). */
    static Summary of(SecondEvents events, int fromMillis, int toMillis) {
        Summary summary = new Summary();
        summary.absorb(events, fromMillis, toMillis);
        return summary;
    }

    /** Adds the events of one second with offsets in [{@code fromMillis}, {@code toMillis}); only while building. */
    void absorb(SecondEvents events, int fromMillis, int toMillis) {
        for (int i = 0; i < events.quoteCount(); i++) {
            int millis = events.quoteMillis[i];
            if (millis >= fromMillis && millis < toMillis) {
                bids.add(events.bids[i]);
                asks.add(events.asks[i]);
                mids.add((events.bids[i] + events.asks[i]) / 2);
            }
        }
        for (int i = 0; i < events.tradeCount(); i++) {
            int millis = events.tradeMillis[i];
            if (millis >= fromMillis && millis < toMillis) {
                double price = events.tradePrices[i];
                long units = events.tradeUnits[i];
                trades.add(price);
                volumeUnits += units;
                double weight = units == 0 ? 1 : units;
                weightedPrices += price * weight;
                sizeWeights += weight;
            }
        }
    }

    /**
     * Adds a whole minute from its sketch, as the minute's events would add up: every quote of a
     * minute has the same width, so its asks and midpoints rise and fall with its bids.
     */
    void absorb(MinuteSketch minute, EventGenerator generator) {
        TickGrid grid = generator.grid();
        if (minute.quotes > 0) {
            int width = minute.width;
            double openBid = grid.price(minute.openBid);
            double highBid = grid.price(minute.highBid);
            double lowBid = grid.price(minute.lowBid);
            double closeBid = grid.price(minute.closeBid);
            double openAsk = grid.price(generator.askAbove(minute.openBid, width));
            double highAsk = grid.price(generator.askAbove(minute.highBid, width));
            double lowAsk = grid.price(generator.askAbove(minute.lowBid, width));
            double closeAsk = grid.price(generator.askAbove(minute.closeBid, width));
            bids.append(openBid, highBid, lowBid, closeBid, minute.quotes);
            asks.append(openAsk, highAsk, lowAsk, closeAsk, minute.quotes);
            mids.append((openBid + openAsk) / 2, (highBid + highAsk) / 2, (lowBid + lowAsk) / 2, (closeBid + closeAsk) / 2,
                    minute.quotes);
        }
        if (minute.trades > 0) {
            trades.append(grid.price(minute.openTrade), grid.price(minute.highTrade), grid.price(minute.lowTrade),
                    grid.price(minute.closeTrade), minute.trades);
            volumeUnits += minute.volumeUnits;
            weightedPrices += minute.weightedPrices;
            sizeWeights += minute.sizeWeights;
        }
    }

    /** Adds a later interval's summary; only while building. */
    void absorb(Summary next) {
        trades.append(next.trades);
        bids.append(next.bids);
        asks.append(next.asks);
        mids.append(next.mids);
        volumeUnits += next.volumeUnits;
        weightedPrices += next.weightedPrices;
        sizeWeights += next.sizeWeights;
    }

    /** Returns the summary of this interval followed by {@code next}, leaving both unchanged. */
    Summary then(Summary next) {
        if (next.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return next;
        }
        Summary merged = new Summary();
        merged.absorb(this);
        merged.absorb(next);
        return merged;
    }

    boolean isEmpty() {
        return trades.count == 0 && bids.count == 0;
    }

    /**
     * Returns the bar of one price series over [{@code start}, {@code end}), if the series has any
     * price in it; volumes are in {@code sizeUnit}s.
     */
    Optional<Bar> bar(PriceSeries series, Instant start, Instant end, BigDecimal sizeUnit) {
        Ohlc prices = switch (series) {
            case TRADES -> trades;
            case BID -> bids;
            case ASK -> asks;
            case MIDPOINT -> mids;
        };
        if (prices.count == 0) {
            return Optional.empty();
        }
        boolean traded = series == PriceSeries.TRADES;
        // A volume-weighted average lies within the range; rounding in the sums could put it an ulp outside.
        double wap = traded ? Math.max(prices.low, Math.min(prices.high, weightedPrices / sizeWeights)) : prices.close;
        BigDecimal volume = traded ? sizeUnit.multiply(BigDecimal.valueOf(volumeUnits)) : BigDecimal.ZERO;
        return Optional.of(new Bar(start, end, prices.open, prices.high, prices.low, prices.close, volume, wap, prices.count));
    }

    /** Open, high, low, close and count of one price series. */
    private static final class Ohlc {
        double open;
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        double close;
        int count;

        void add(double price) {
            if (count == 0) {
                open = price;
            }
            high = Math.max(high, price);
            low = Math.min(low, price);
            close = price;
            count++;
        }

        /** Appends a later interval's open, high, low, close and count. */
        void append(double laterOpen, double laterHigh, double laterLow, double laterClose, int laterCount) {
            if (count == 0) {
                open = laterOpen;
            }
            high = Math.max(high, laterHigh);
            low = Math.min(low, laterLow);
            close = laterClose;
            count += laterCount;
        }

        void append(Ohlc later) {
            if (later.count == 0) {
                return;
            }
            if (count == 0) {
                open = later.open;
            }
            high = Math.max(high, later.high);
            low = Math.min(low, later.low);
            close = later.close;
            count += later.count;
        }
    }
}

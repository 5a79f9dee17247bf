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
        double wap = traded ? weightedPrices / sizeWeights : prices.close;
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

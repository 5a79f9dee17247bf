package io.tws4j.simulator.market;

import java.util.SplittableRandom;

/**
 * What one minute of a session holds, drawn before its events from the minute's price range
 * alone: how many quotes and trades, the bids of the first, last, highest and lowest quote, the
 * first, last, highest and lowest trade price, the volume. {@link MinuteEvents} then makes the
 * minute's quotes and trades so that they have exactly these figures, which is what lets a year
 * of daily bars be summed from sketches without a single second being generated.
 *
 * <p>The quotes of a minute all have the same width. Trades print within the quote in force;
 * the quote in force when the minute's first trade prints has bid {@link #firstTradeBid}, the one
 * in force at its last trade {@link #lastTradeBid}. The minute's highest (and lowest) quote sits
 * in one of three stretches: before the first trade ({@link Region#HEAD}), between the first and
 * the last ({@link Region#WINDOW}, where a trade prints at it), or after the last
 * ({@link Region#TAIL}); a minute without trades has one stretch ({@link Region#INTERIOR}).
 * Prices are in grid units of the instrument's finest increment ({@link TickGrid}).
 */
final class MinuteSketch {
    /** Where a minute's extreme quote (or index print) sits, if the anchors do not already hold it. */
    enum Region { NONE, HEAD, WINDOW, TAIL, INTERIOR }

    static final int MILLIS = 60_000;

    // Filled while the sketch is drawn, then only read.
    SessionKind kind;
    int width;
    int quotes;
    long openBid;
    long closeBid;
    long highBid;
    long lowBid;
    int trades;
    int firstTradeMillis;
    int lastTradeMillis;
    long firstTradeBid;
    long lastTradeBid;
    long openTrade;
    long closeTrade;
    long highTrade;
    long lowTrade;
    long volumeUnits;
    double weightedPrices;
    double sizeWeights;
    Region highRegion = Region.NONE;
    Region lowRegion = Region.NONE;
    /** The bounds of the quotes between the first and the last trade. */
    long windowHigh;
    long windowLow;

    private MinuteSketch() {}

    /** The second the minute's first trade prints in. */
    int firstTradeSecond() {
        return firstTradeMillis / 1000;
    }

    /** The second the minute's last trade prints in. */
    int lastTradeSecond() {
        return lastTradeMillis / 1000;
    }

    /**
     * Draws the sketch of a minute of {@code kind} from its price range.
     *
     * @param minute the minute of the hour in {@code hour}
     */
    static MinuteSketch draw(EventGenerator generator, SplittableRandom random, SessionKind kind, HourPrices hour, int minute) {
        MinuteSketch sketch = new MinuteSketch();
        sketch.kind = kind;
        if (generator.profile().style() == MarketStyle.INDEX) {
            return drawIndex(generator, sketch, hour, minute);
        }
        sketch.width = EventGenerator.width(kind, random);
        sketch.quotes = 60 + generator.extraQuotes(kind, random);
        sketch.trades = generator.trades(kind, random);
        sketch.openBid = generator.bidUnder(hour.open(minute), sketch.width);
        sketch.closeBid = generator.bidUnder(hour.close(minute), sketch.width);
        long rangeHigh = generator.bidUnder(hour.high(minute), sketch.width);
        long rangeLow = generator.bidUnder(hour.low(minute), sketch.width);
        if (sketch.trades == 0) {
            quotesOnly(sketch, rangeHigh, rangeLow);
        } else {
            withTrades(generator, random, sketch, hour, minute, rangeHigh, rangeLow);
        }
        return sketch;
    }

    /** A minute without trades: its extremes may sit at any quote but the first and the last. */
    private static void quotesOnly(MinuteSketch sketch, long rangeHigh, long rangeLow) {
        long anchorsHigh = Math.max(sketch.openBid, sketch.closeBid);
        long anchorsLow = Math.min(sketch.openBid, sketch.closeBid);
        sketch.highBid = Math.max(anchorsHigh, rangeHigh);
        sketch.lowBid = Math.min(anchorsLow, rangeLow);
        sketch.highRegion = sketch.highBid > anchorsHigh ? Region.INTERIOR : Region.NONE;
        sketch.lowRegion = sketch.lowBid < anchorsLow ? Region.INTERIOR : Region.NONE;
        sketch.windowHigh = sketch.highBid;
        sketch.windowLow = sketch.lowBid;
    }

    private static void withTrades(EventGenerator generator, SplittableRandom random, MinuteSketch sketch, HourPrices hour,
                                   int minute, long rangeHigh, long rangeLow) {
        int trades = sketch.trades;
        // The first of n uniform times is at 1 - U^(1/n) of the span, the last of the others at V^(1/(n-1)) of the rest.
        sketch.firstTradeMillis = Math.min(MILLIS - 1, (int) (MILLIS * fromStart(random.nextExponential(), trades)));
        int rest = MILLIS - sketch.firstTradeMillis;
        double lastShare = 1 - fromStart(random.nextExponential(), trades - 1);
        sketch.lastTradeMillis = trades == 1 ? sketch.firstTradeMillis
                : Math.min(MILLIS - 1, sketch.firstTradeMillis + (int) (rest * lastShare));
        int first = sketch.firstTradeMillis / 1000;
        int last = sketch.lastTradeMillis / 1000;
        long high = Math.max(sketch.openBid, sketch.closeBid);
        long low = Math.min(sketch.openBid, sketch.closeBid);
        sketch.firstTradeBid = first == 0 ? sketch.openBid : first == 59 ? sketch.closeBid
                : clamp(generator.bidUnder(interpolate(hour, minute, sketch.firstTradeMillis), sketch.width), rangeLow, rangeHigh);
        sketch.lastTradeBid = last == first ? sketch.firstTradeBid : last == 59 ? sketch.closeBid
                : clamp(generator.bidUnder(interpolate(hour, minute, sketch.lastTradeMillis), sketch.width), rangeLow, rangeHigh);
        long anchorsHigh = Math.max(high, Math.max(sketch.firstTradeBid, sketch.lastTradeBid));
        long anchorsLow = Math.min(low, Math.min(sketch.firstTradeBid, sketch.lastTradeBid));
        sketch.openTrade = generator.tradePrice(sketch.firstTradeBid, sketch.width, random);
        sketch.closeTrade = trades == 1 ? sketch.openTrade : generator.tradePrice(sketch.lastTradeBid, sketch.width, random);
        // Capacity: how many quotes each stretch surely has (whole seconds' opening quotes), and trades for the window.
        int[] capacity = {Math.max(0, first - 1), Math.max(0, Math.min(last - first - 1, trades - 2)), Math.max(0, 58 - last)};
        sketch.highBid = Math.max(anchorsHigh, rangeHigh);
        sketch.lowBid = Math.min(anchorsLow, rangeLow);
        int highAt = random.nextInt(MILLIS);
        int lowAt = random.nextInt(MILLIS);
        sketch.highRegion = sketch.highBid > anchorsHigh ? region(highAt, sketch, capacity) : Region.NONE;
        sketch.lowRegion = sketch.lowBid < anchorsLow ? region(lowAt, sketch, capacity) : Region.NONE;
        if (sketch.highRegion == Region.NONE) {
            sketch.highBid = anchorsHigh;
        }
        if (sketch.lowRegion == Region.NONE) {
            sketch.lowBid = anchorsLow;
        }
        sketch.windowHigh = sketch.highRegion == Region.WINDOW ? sketch.highBid
                : Math.max(sketch.firstTradeBid, sketch.lastTradeBid);
        sketch.windowLow = sketch.lowRegion == Region.WINDOW ? sketch.lowBid
                : Math.min(sketch.firstTradeBid, sketch.lastTradeBid);
        long highTrade = Math.max(sketch.openTrade, sketch.closeTrade);
        long lowTrade = Math.min(sketch.openTrade, sketch.closeTrade);
        if (sketch.highRegion == Region.WINDOW) {
            highTrade = Math.max(highTrade, generator.tradePrice(sketch.highBid, sketch.width, random));
        }
        if (sketch.lowRegion == Region.WINDOW) {
            lowTrade = Math.min(lowTrade, generator.tradePrice(sketch.lowBid, sketch.width, random));
        }
        sketch.highTrade = highTrade;
        sketch.lowTrade = lowTrade;
        sketch.volumeUnits = trades + generator.extraUnits(trades, random);
        sketch.sizeWeights = sketch.volumeUnits;
        sketch.weightedPrices = sketch.sizeWeights * averagePrice(generator.grid(), sketch);
    }

    /** An index prints once a second, without quotes: sixty prints a minute. */
    private static MinuteSketch drawIndex(EventGenerator generator, MinuteSketch sketch, HourPrices hour, int minute) {
        sketch.trades = 60;
        sketch.firstTradeMillis = 0;
        sketch.lastTradeMillis = 59_000;
        sketch.openTrade = generator.indexValue(hour.open(minute));
        sketch.closeTrade = generator.indexValue(hour.close(minute));
        long anchorsHigh = Math.max(sketch.openTrade, sketch.closeTrade);
        long anchorsLow = Math.min(sketch.openTrade, sketch.closeTrade);
        sketch.highTrade = Math.max(anchorsHigh, generator.indexValue(hour.high(minute)));
        sketch.lowTrade = Math.min(anchorsLow, generator.indexValue(hour.low(minute)));
        sketch.highRegion = sketch.highTrade > anchorsHigh ? Region.INTERIOR : Region.NONE;
        sketch.lowRegion = sketch.lowTrade < anchorsLow ? Region.INTERIOR : Region.NONE;
        sketch.sizeWeights = sketch.trades;
        sketch.weightedPrices = sketch.sizeWeights * averagePrice(generator.grid(), sketch);
        return sketch;
    }

    /**
     * Picks where an extreme goes: the stretch holding {@code millis} (drawn uniformly, as if the
     * extreme came at a random moment), or the nearest stretch with room; none if none has.
     */
    private static Region region(int millis, MinuteSketch sketch, int[] capacity) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            if (capacity[i] <= 0) {
                continue;
            }
            int start = i == 0 ? 0 : i == 1 ? sketch.firstTradeMillis : sketch.lastTradeMillis;
            int end = i == 0 ? sketch.firstTradeMillis : i == 1 ? sketch.lastTradeMillis : MILLIS;
            long distance = millis < start ? start - millis : millis >= end ? millis - end + 1 : 0;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return Region.NONE;
        }
        capacity[best]--;
        return STRETCHES[best];
    }

    private static final Region[] STRETCHES = {Region.HEAD, Region.WINDOW, Region.TAIL};

    /**
     * Returns where the first of {@code n} uniform times falls, as a share of the span, given an
     * exponential draw: 1 - e^(-exponential/n), close to exponential/n once n is large (which
     * spares the exponential function in busy minutes).
     */
    private static double fromStart(double exponential, int n) {
        double share = exponential / n;
        return n >= 32 ? Math.min(share, 1) : 1 - Math.exp(-share);
    }

    /** The mid {@code millis} into the minute, on the line from its open to its close. */
    private static double interpolate(HourPrices hour, int minute, int millis) {
        return hour.open(minute) + (hour.close(minute) - hour.open(minute)) * millis / MILLIS;
    }

    /** The minute's average trade price: its four trade anchors' mean (an approximation of the volume-weighted one). */
    private static double averagePrice(TickGrid grid, MinuteSketch sketch) {
        return (grid.price(sketch.openTrade) + grid.price(sketch.highTrade) + grid.price(sketch.lowTrade)
                + grid.price(sketch.closeTrade)) / 4;
    }

    private static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }
}

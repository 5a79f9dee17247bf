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

    final SessionKind kind;
    final int width;
    final int quotes;
    final long openBid;
    final long closeBid;
    final long highBid;
    final long lowBid;
    final int trades;
    final int firstTradeMillis;
    final int lastTradeMillis;
    final long firstTradeBid;
    final long lastTradeBid;
    final long openTrade;
    final long closeTrade;
    final long highTrade;
    final long lowTrade;
    final long volumeUnits;
    final double weightedPrices;
    final double sizeWeights;
    final Region highRegion;
    final Region lowRegion;
    /** The bounds of the quotes between the first and the last trade. */
    final long windowHigh;
    final long windowLow;

    private MinuteSketch(Builder b) {
        kind = b.kind;
        width = b.width;
        quotes = b.quotes;
        openBid = b.openBid;
        closeBid = b.closeBid;
        highBid = b.highBid;
        lowBid = b.lowBid;
        trades = b.trades;
        firstTradeMillis = b.firstTradeMillis;
        lastTradeMillis = b.lastTradeMillis;
        firstTradeBid = b.firstTradeBid;
        lastTradeBid = b.lastTradeBid;
        openTrade = b.openTrade;
        closeTrade = b.closeTrade;
        highTrade = b.highTrade;
        lowTrade = b.lowTrade;
        volumeUnits = b.volumeUnits;
        weightedPrices = b.weightedPrices;
        sizeWeights = b.sizeWeights;
        highRegion = b.highRegion;
        lowRegion = b.lowRegion;
        windowHigh = b.windowHigh;
        windowLow = b.windowLow;
    }

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
        Builder b = new Builder();
        b.kind = kind;
        if (generator.profile().style() == MarketStyle.INDEX) {
            return drawIndex(generator, b, hour, minute);
        }
        b.width = EventGenerator.width(kind, random);
        b.quotes = 60 + generator.extraQuotes(kind, random);
        b.trades = generator.trades(kind, random);
        b.openBid = generator.bidUnder(hour.open(minute), b.width);
        b.closeBid = generator.bidUnder(hour.close(minute), b.width);
        long rangeHigh = generator.bidUnder(hour.high(minute), b.width);
        long rangeLow = generator.bidUnder(hour.low(minute), b.width);
        if (b.trades == 0) {
            quotesOnly(random, b, rangeHigh, rangeLow);
        } else {
            withTrades(generator, random, b, hour, minute, rangeHigh, rangeLow);
        }
        return new MinuteSketch(b);
    }

    /** A minute without trades: its extremes may sit at any quote but the first and the last. */
    private static void quotesOnly(SplittableRandom random, Builder b, long rangeHigh, long rangeLow) {
        long anchorsHigh = Math.max(b.openBid, b.closeBid);
        long anchorsLow = Math.min(b.openBid, b.closeBid);
        b.highBid = Math.max(anchorsHigh, rangeHigh);
        b.lowBid = Math.min(anchorsLow, rangeLow);
        b.highRegion = b.highBid > anchorsHigh ? Region.INTERIOR : Region.NONE;
        b.lowRegion = b.lowBid < anchorsLow ? Region.INTERIOR : Region.NONE;
        b.windowHigh = b.highBid;
        b.windowLow = b.lowBid;
    }

    private static void withTrades(EventGenerator generator, SplittableRandom random, Builder b, HourPrices hour, int minute,
                                   long rangeHigh, long rangeLow) {
        int trades = b.trades;
        // The first of n uniform times is at 1 - U^(1/n) of the span, the last of the others at V^(1/(n-1)) of the rest.
        b.firstTradeMillis = Math.min(MILLIS - 1, (int) (MILLIS * (1 - Math.exp(-random.nextExponential() / trades))));
        int rest = MILLIS - b.firstTradeMillis;
        b.lastTradeMillis = trades == 1 ? b.firstTradeMillis
                : Math.min(MILLIS - 1, b.firstTradeMillis + (int) (rest * Math.exp(-random.nextExponential() / (trades - 1))));
        int first = b.firstTradeMillis / 1000;
        int last = b.lastTradeMillis / 1000;
        long high = Math.max(b.openBid, b.closeBid);
        long low = Math.min(b.openBid, b.closeBid);
        b.firstTradeBid = first == 0 ? b.openBid : first == 59 ? b.closeBid
                : clamp(generator.bidUnder(interpolate(hour, minute, b.firstTradeMillis), b.width), rangeLow, rangeHigh);
        b.lastTradeBid = last == first ? b.firstTradeBid : last == 59 ? b.closeBid
                : clamp(generator.bidUnder(interpolate(hour, minute, b.lastTradeMillis), b.width), rangeLow, rangeHigh);
        long anchorsHigh = Math.max(high, Math.max(b.firstTradeBid, b.lastTradeBid));
        long anchorsLow = Math.min(low, Math.min(b.firstTradeBid, b.lastTradeBid));
        b.openTrade = generator.tradePrice(b.firstTradeBid, b.width, random);
        b.closeTrade = trades == 1 ? b.openTrade : generator.tradePrice(b.lastTradeBid, b.width, random);
        // Capacity: how many quotes each stretch surely has (whole seconds' opening quotes), and trades for the window.
        int[] capacity = {Math.max(0, first - 1), Math.max(0, Math.min(last - first - 1, trades - 2)), Math.max(0, 58 - last)};
        b.highBid = Math.max(anchorsHigh, rangeHigh);
        b.lowBid = Math.min(anchorsLow, rangeLow);
        int highAt = random.nextInt(MILLIS);
        int lowAt = random.nextInt(MILLIS);
        b.highRegion = b.highBid > anchorsHigh ? region(highAt, b, capacity) : Region.NONE;
        b.lowRegion = b.lowBid < anchorsLow ? region(lowAt, b, capacity) : Region.NONE;
        if (b.highRegion == Region.NONE) {
            b.highBid = anchorsHigh;
        }
        if (b.lowRegion == Region.NONE) {
            b.lowBid = anchorsLow;
        }
        b.windowHigh = b.highRegion == Region.WINDOW ? b.highBid : Math.max(b.firstTradeBid, b.lastTradeBid);
        b.windowLow = b.lowRegion == Region.WINDOW ? b.lowBid : Math.min(b.firstTradeBid, b.lastTradeBid);
        long highTrade = Math.max(b.openTrade, b.closeTrade);
        long lowTrade = Math.min(b.openTrade, b.closeTrade);
        if (b.highRegion == Region.WINDOW) {
            highTrade = Math.max(highTrade, generator.tradePrice(b.highBid, b.width, random));
        }
        if (b.lowRegion == Region.WINDOW) {
            lowTrade = Math.min(lowTrade, generator.tradePrice(b.lowBid, b.width, random));
        }
        b.highTrade = highTrade;
        b.lowTrade = lowTrade;
        b.volumeUnits = trades + generator.extraUnits(trades, random);
        b.sizeWeights = b.volumeUnits;
        b.weightedPrices = b.sizeWeights * averagePrice(generator.grid(), b);
    }

    /** An index prints once a second, without quotes: sixty prints a minute. */
    private static MinuteSketch drawIndex(EventGenerator generator, Builder b, HourPrices hour, int minute) {
        b.trades = 60;
        b.firstTradeMillis = 0;
        b.lastTradeMillis = 59_000;
        b.openTrade = generator.indexValue(hour.open(minute));
        b.closeTrade = generator.indexValue(hour.close(minute));
        long anchorsHigh = Math.max(b.openTrade, b.closeTrade);
        long anchorsLow = Math.min(b.openTrade, b.closeTrade);
        b.highTrade = Math.max(anchorsHigh, generator.indexValue(hour.high(minute)));
        b.lowTrade = Math.min(anchorsLow, generator.indexValue(hour.low(minute)));
        b.highRegion = b.highTrade > anchorsHigh ? Region.INTERIOR : Region.NONE;
        b.lowRegion = b.lowTrade < anchorsLow ? Region.INTERIOR : Region.NONE;
        b.sizeWeights = b.trades;
        b.weightedPrices = b.sizeWeights * averagePrice(generator.grid(), b);
        return new MinuteSketch(b);
    }

    /**
     * Picks where an extreme goes: the stretch holding {@code millis} (drawn uniformly, as if the
     * extreme came at a random moment), or the nearest stretch with room; none if none has.
     */
    private static Region region(int millis, Builder b, int[] capacity) {
        int[] starts = {0, b.firstTradeMillis, b.lastTradeMillis};
        int[] ends = {b.firstTradeMillis, b.lastTradeMillis, MILLIS};
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            if (capacity[i] <= 0) {
                continue;
            }
            long distance = millis < starts[i] ? starts[i] - millis : millis >= ends[i] ? millis - ends[i] + 1 : 0;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return Region.NONE;
        }
        capacity[best]--;
        return new Region[] {Region.HEAD, Region.WINDOW, Region.TAIL}[best];
    }

    /** The mid {@code millis} into the minute, on the line from its open to its close. */
    private static double interpolate(HourPrices hour, int minute, int millis) {
        return hour.open(minute) + (hour.close(minute) - hour.open(minute)) * millis / MILLIS;
    }

    /** The minute's average trade price: its four trade anchors' mean (an approximation of the volume-weighted one). */
    private static double averagePrice(TickGrid grid, Builder b) {
        return (grid.price(b.openTrade) + grid.price(b.highTrade) + grid.price(b.lowTrade) + grid.price(b.closeTrade)) / 4;
    }

    private static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }

    /** The fields of a sketch while it is drawn. */
    private static final class Builder {
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
        long windowHigh;
        long windowLow;
    }
}

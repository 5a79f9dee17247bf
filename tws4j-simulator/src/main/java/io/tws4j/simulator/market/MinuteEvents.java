package io.tws4j.simulator.market;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Makes a minute's quotes and trades from its sketch, so that they have exactly the sketch's
 * counts, first, last, highest and lowest prices and volume. Quotes follow the mid path (whose
 * range the sketch was drawn from, so they mostly fall where the sketch expects them); then the
 * sketch's anchors are set: the first and last quote, the quotes in force at the first and the
 * last trade, the extremes in their stretch; every other quote is kept within its stretch's
 * bounds. Trades print within the quote in force, their prices kept within the sketch's range.
 */
final class MinuteEvents {
    private final EventGenerator generator;
    private final MinuteSketch sketch;
    private final long start;
    private final SplittableRandom random;
    private int[] quoteMillis;
    private long[] natural;
    private long[] bids;

    private MinuteEvents(EventGenerator generator, MinuteSketch sketch, long minuteIndex, SplittableRandom random) {
        this.generator = generator;
        this.sketch = sketch;
        this.start = minuteIndex * 60;
        this.random = random;
    }

    /** Returns the sixty seconds of the minute {@code sketch} describes. */
    static SecondEvents[] realize(EventGenerator generator, MinuteSketch sketch, long minuteIndex, SplittableRandom random) {
        MinuteEvents minute = new MinuteEvents(generator, sketch, minuteIndex, random);
        return generator.profile().style() == MarketStyle.INDEX ? minute.index() : minute.quotesAndTrades();
    }

    // ---- quotes

    private SecondEvents[] quotesAndTrades() {
        int count = sketch.quotes;
        quoteMillis = new int[count];
        for (int i = 0; i < 60; i++) {
            quoteMillis[i] = i * 1000;
        }
        for (int i = 60; i < count; i++) {
            quoteMillis[i] = random.nextInt(60) * 1000 + 1 + random.nextInt(999);
        }
        Arrays.sort(quoteMillis);
        natural = new long[count];
        PriceSource.Second second = null;
        int secondIndex = -1;
        for (int i = 0; i < count; i++) {
            if (quoteMillis[i] / 1000 != secondIndex) {
                secondIndex = quoteMillis[i] / 1000;
                second = generator.prices().second(start + secondIndex);
            }
            natural[i] = generator.bidUnder(second.mid(quoteMillis[i] % 1000), sketch.width);
        }
        bids = natural.clone();
        int[] highAndLow = sketch.trades == 0 ? shapeWithoutTrades() : shapeAroundTrades();
        long[] bidUnits = new long[count];
        long[] askUnits = new long[count];
        for (int i = 0; i < count; i++) {
            bidUnits[i] = generator.quoteUnits(random);
            askUnits[i] = generator.quoteUnits(random);
        }
        Trades trades = sketch.trades == 0 ? Trades.NONE : trades(highAndLow[0], highAndLow[1]);
        return seconds(bidUnits, askUnits, trades);
    }

    /** A minute without trades: first and last quote set, extremes placed among the others. */
    private int[] shapeWithoutTrades() {
        int last = bids.length - 1;
        clamp(1, last - 1, sketch.lowBid, sketch.highBid);
        bids[0] = sketch.openBid;
        bids[last] = sketch.closeBid;
        int high = place(sketch.highRegion, 1, last - 1, true, -1);
        place(sketch.lowRegion, 1, last - 1, false, high);
        return new int[] {-1, -1};
    }

    /**
     * A minute with trades: the quotes of the first trade's second up to it carry the first
     * trade's bid, those of the last trade's second from the one in force at it on the last
     * trade's; before, between and after lie the head, the window and the tail.
     *
     * @return the indexes of the window's highest and lowest quote, where trades must print (-1: none)
     */
    private int[] shapeAroundTrades() {
        int last = bids.length - 1;
        int firstSecond = sketch.firstTradeSecond();
        int lastSecond = sketch.lastTradeSecond();
        int firstRunStart = inForce(firstSecond * 1000);
        int firstRunEnd = inForce(sketch.firstTradeMillis);
        int lastRunStart = inForce(sketch.lastTradeMillis);
        int lastRunEnd = inForce(lastSecond * 1000 + 999);
        if (firstSecond == lastSecond) {
            firstRunEnd = lastRunEnd;
            lastRunStart = firstRunStart;
        }
        clamp(1, firstRunStart - 1, sketch.lowBid, sketch.highBid);
        clamp(firstRunEnd + 1, lastRunStart - 1, sketch.windowLow, sketch.windowHigh);
        clamp(lastRunEnd + 1, last - 1, sketch.lowBid, sketch.highBid);
        Arrays.fill(bids, firstRunStart, firstRunEnd + 1, sketch.firstTradeBid);
        Arrays.fill(bids, lastRunStart, lastRunEnd + 1, sketch.lastTradeBid);
        bids[0] = sketch.openBid;
        bids[last] = sketch.closeBid;
        int high = placeIn(sketch.highRegion, true, -1, firstRunStart, firstRunEnd, lastRunStart, lastRunEnd);
        int low = placeIn(sketch.lowRegion, false, high, firstRunStart, firstRunEnd, lastRunStart, lastRunEnd);
        return new int[] {sketch.highRegion == MinuteSketch.Region.WINDOW ? high : -1,
                sketch.lowRegion == MinuteSketch.Region.WINDOW ? low : -1};
    }

    private int placeIn(MinuteSketch.Region region, boolean high, int exclude, int firstRunStart, int firstRunEnd,
                        int lastRunStart, int lastRunEnd) {
        return switch (region) {
            case HEAD -> place(region, 1, firstRunStart - 1, high, exclude);
            case WINDOW -> place(region, firstRunEnd + 1, lastRunStart - 1, high, exclude);
            case TAIL -> place(region, lastRunEnd + 1, bids.length - 2, high, exclude);
            case NONE, INTERIOR -> -1;
        };
    }

    /**
     * Sets the sketch's high (or low) bid at the quote of [from, to] whose own bid was highest
     * (lowest), leaving out quotes replaced within the same millisecond (never in force).
     */
    private int place(MinuteSketch.Region region, int from, int to, boolean high, int exclude) {
        if (region == MinuteSketch.Region.NONE) {
            return -1;
        }
        int chosen = -1;
        for (int i = from; i <= to; i++) {
            boolean seen = quoteMillis[i + 1] > quoteMillis[i];
            if (i != exclude && seen && (chosen < 0 || (high ? natural[i] > natural[chosen] : natural[i] < natural[chosen]))) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            throw new IllegalStateException("no quote in " + region + " [" + from + ", " + to + "] of minute " + start / 60);
        }
        bids[chosen] = high ? sketch.highBid : sketch.lowBid;
        return chosen;
    }

    private void clamp(int from, int to, long low, long high) {
        for (int i = from; i <= to; i++) {
            bids[i] = Math.max(low, Math.min(high, bids[i]));
        }
    }

    /** Returns the index of the quote in force {@code millis} into the minute: the last set at or before it. */
    private int inForce(int millis) {
        int found = Arrays.binarySearch(quoteMillis, millis);
        if (found >= 0) {
            while (found + 1 < quoteMillis.length && quoteMillis[found + 1] == millis) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    // ---- trades

    /** The minute's trades: millisecond offsets, prices in grid units, sizes in units, exchanges. */
    private record Trades(int[] millis, long[] prices, long[] units, int[] exchanges) {
        static final Trades NONE = new Trades(new int[0], new long[0], new long[0], new int[0]);
    }

    private static final int HIGH = 1;
    private static final int LOW = 2;

    private Trades trades(int highQuote, int lowQuote) {
        int count = sketch.trades;
        int first = sketch.firstTradeMillis;
        int last = sketch.lastTradeMillis;
        // Interior trades as (millis << 2 | anchor): sorted by time, each knowing whether it is the window's high or low.
        long[] interior = new long[Math.max(0, count - 2)];
        for (int i = 0; i < interior.length; i++) {
            interior[i] = (long) (first + random.nextInt(last - first + 1)) << 2;
        }
        Arrays.sort(interior);
        anchorAt(interior, highQuote, HIGH);
        anchorAt(interior, lowQuote, LOW);
        Arrays.sort(interior);
        int[] millis = new int[count];
        int[] anchors = new int[count];
        millis[0] = first;
        millis[count - 1] = last;
        for (int i = 0; i < interior.length; i++) {
            millis[i + 1] = (int) (interior[i] >>> 2);
            anchors[i + 1] = (int) (interior[i] & 3);
        }
        long[] prices = new long[count];
        int quote = 0;
        for (int i = 0; i < count; i++) {
            while (quote + 1 < quoteMillis.length && quoteMillis[quote + 1] <= millis[i]) {
                quote++;
            }
            long drawn = generator.tradePrice(bids[quote], sketch.width, random);
            prices[i] = Math.max(sketch.lowTrade, Math.min(sketch.highTrade, drawn));
            if (anchors[i] == HIGH && sketch.highTrade > Math.max(sketch.openTrade, sketch.closeTrade)) {
                prices[i] = sketch.highTrade;
            } else if (anchors[i] == LOW && sketch.lowTrade < Math.min(sketch.openTrade, sketch.closeTrade)) {
                prices[i] = sketch.lowTrade;
            }
        }
        prices[0] = sketch.openTrade;
        prices[count - 1] = sketch.closeTrade;
        long[] units = units(count);
        int[] exchanges = new int[count];
        for (int i = 0; i < count; i++) {
            exchanges[i] = random.nextInt(generator.profile().exchanges().size());
        }
        return new Trades(millis, prices, units, exchanges);
    }

    /** Moves the interior trade nearest the quote's lifetime into it, marked as that quote's anchor. */
    private void anchorAt(long[] interior, int quote, int anchor) {
        if (quote < 0) {
            return;
        }
        int from = quoteMillis[quote];
        int until = quoteMillis[quote + 1];
        int nearest = -1;
        long distance = Long.MAX_VALUE;
        for (int i = 0; i < interior.length; i++) {
            if ((interior[i] & 3) != 0) {
                continue;
            }
            long millis = interior[i] >>> 2;
            long away = millis < from ? from - millis : millis >= until ? millis - until + 1 : 0;
            if (away < distance) {
                nearest = i;
                distance = away;
            }
        }
        if (nearest < 0) {
            throw new IllegalStateException("no trade to print at the extreme quote of minute " + start / 60);
        }
        interior[nearest] = (long) (from + random.nextInt(until - from)) << 2 | anchor;
    }

    /** Draws each trade's size, then spreads the sketch's volume over them in proportion, to the unit. */
    private long[] units(int count) {
        long[] drawn = new long[count];
        long drawnExtra = 0;
        for (int i = 0; i < count; i++) {
            drawn[i] = generator.tradeUnits(random) - 1;
            drawnExtra += drawn[i];
        }
        long extra = sketch.volumeUnits - count;
        long[] units = new long[count];
        long[] remainders = new long[count];
        long given = 0;
        for (int i = 0; i < count; i++) {
            long share = drawnExtra == 0 ? extra / count : Math.multiplyExact(extra, drawn[i]) / drawnExtra;
            remainders[i] = drawnExtra == 0 ? (i < extra % count ? 1 : 0) : Math.multiplyExact(extra, drawn[i]) % drawnExtra;
            units[i] = 1 + share;
            given += share;
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int i = 0; given < extra; i++, given++) {
            units[order[i]]++;
        }
        return units;
    }

    // ---- assembling the seconds

    private SecondEvents[] seconds(long[] bidUnits, long[] askUnits, Trades trades) {
        SecondEvents[] seconds = new SecondEvents[60];
        TickGrid grid = generator.grid();
        int quote = 0;
        int trade = 0;
        for (int s = 0; s < 60; s++) {
            int quoteEnd = quote;
            while (quoteEnd < quoteMillis.length && quoteMillis[quoteEnd] / 1000 == s) {
                quoteEnd++;
            }
            int tradeEnd = trade;
            while (tradeEnd < trades.millis().length && trades.millis()[tradeEnd] / 1000 == s) {
                tradeEnd++;
            }
            int quotes = quoteEnd - quote;
            int printed = tradeEnd - trade;
            int[] qMillis = new int[quotes];
            double[] qBids = new double[quotes];
            double[] qAsks = new double[quotes];
            for (int i = 0; i < quotes; i++) {
                qMillis[i] = quoteMillis[quote + i] % 1000;
                qBids[i] = grid.price(bids[quote + i]);
                qAsks[i] = grid.price(generator.askAbove(bids[quote + i], sketch.width));
            }
            int[] tMillis = new int[printed];
            double[] tPrices = new double[printed];
            for (int i = 0; i < printed; i++) {
                tMillis[i] = trades.millis()[trade + i] % 1000;
                tPrices[i] = grid.price(trades.prices()[trade + i]);
            }
            seconds[s] = new SecondEvents(start + s, qMillis, qBids, qAsks,
                    Arrays.copyOfRange(bidUnits, quote, quoteEnd), Arrays.copyOfRange(askUnits, quote, quoteEnd),
                    tMillis, tPrices, Arrays.copyOfRange(trades.units(), trade, tradeEnd),
                    Arrays.copyOfRange(trades.exchanges(), trade, tradeEnd));
            quote = quoteEnd;
            trade = tradeEnd;
        }
        return seconds;
    }

    // ---- an index

    /** An index's sixty prints, one at the start of each second, size 0, at its one exchange. */
    private SecondEvents[] index() {
        long[] drawn = new long[60];
        long[] values = new long[60];
        for (int s = 0; s < 60; s++) {
            drawn[s] = generator.indexValue(generator.prices().second(start + s).mid(0));
            values[s] = Math.max(sketch.lowTrade, Math.min(sketch.highTrade, drawn[s]));
        }
        values[0] = sketch.openTrade;
        values[59] = sketch.closeTrade;
        int high = extreme(drawn, true, -1, sketch.highRegion);
        if (high >= 0) {
            values[high] = sketch.highTrade;
        }
        int low = extreme(drawn, false, high, sketch.lowRegion);
        if (low >= 0) {
            values[low] = sketch.lowTrade;
        }
        SecondEvents[] seconds = new SecondEvents[60];
        for (int s = 0; s < 60; s++) {
            seconds[s] = new SecondEvents(start + s, new int[0], new double[0], new double[0], new long[0], new long[0],
                    new int[] {0}, new double[] {generator.grid().price(values[s])}, new long[] {0}, new int[] {0});
        }
        return seconds;
    }

    private static int extreme(long[] drawn, boolean high, int exclude, MinuteSketch.Region region) {
        if (region == MinuteSketch.Region.NONE) {
            return -1;
        }
        int chosen = -1;
        for (int s = 1; s < 59; s++) {
            if (s != exclude && (chosen < 0 || (high ? drawn[s] > drawn[chosen] : drawn[s] < drawn[chosen]))) {
                chosen = s;
            }
        }
        return chosen;
    }
}

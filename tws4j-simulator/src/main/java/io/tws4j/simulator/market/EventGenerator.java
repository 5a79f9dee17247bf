package io.tws4j.simulator.market;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generates one instrument's quotes and trades for any second, from the seed, the instrument and
 * the second alone. In a session, a second opens with a quote around the mid price (one to three
 * ticks wide, twice that outside regular hours), may change it a few more times, and may print
 * trades at the bid, at the ask or between them; an index prints its value once a second; when
 * the market is closed nothing happens.
 */
final class EventGenerator {
    private final long seed;
    private final long key;
    private final MarketProfile profile;
    private final PriceSource prices;
    private final TickGrid grid;
    /** e^-mean of the Poisson counts, by session kind: quotes and trades in regular and extended hours. */
    private final double[] poissonLimits;

    EventGenerator(long seed, long key, MarketProfile profile, PriceSource prices) {
        this.seed = seed;
        this.key = key;
        this.profile = profile;
        this.prices = prices;
        this.grid = new TickGrid(profile.priceRule());
        double trades = profile.style() == MarketStyle.QUOTES_AND_TRADES ? profile.tradesPerSecond() : 0;
        this.poissonLimits = new double[] {Math.exp(-profile.quotesPerSecond()), Math.exp(-trades),
                Math.exp(-profile.quotesPerSecond() * profile.extendedActivity()), Math.exp(-trades * profile.extendedActivity())};
    }

    TickGrid grid() {
        return grid;
    }

    SecondEvents generate(long second) {
        return generate(second, profile.calendar().kindAt(second));
    }

    /** Generates a second whose session kind the caller knows (null: closed). */
    SecondEvents generate(long second, SessionKind kind) {
        if (kind == null) {
            return SecondEvents.CLOSED;
        }
        PriceSource.Second mids = prices.second(second);
        if (profile.style() == MarketStyle.INDEX) {
            long value = Math.max(grid.lowest(), Math.round(mids.mid(0) / grid.price(1)));
            return new SecondEvents(second, new int[0], new double[0], new double[0], new long[0], new long[0],
                    new int[] {0}, new double[] {grid.price(value)}, new long[] {0}, new int[] {0});
        }
        SplittableRandom random = Seeds.random(seed, key, 4, second);
        int limits = kind == SessionKind.REGULAR ? 0 : 2;
        int[] quoteMillis = offsets(random, Seeds.poissonBelow(random, poissonLimits[limits]), true);
        int quotes = quoteMillis.length;
        double[] bids = new double[quotes];
        double[] asks = new double[quotes];
        long[] bidUnits = new long[quotes];
        long[] askUnits = new long[quotes];
        for (int i = 0; i < quotes; i++) {
            int width = width(kind, random);
            long bid = bidUnder(mids.mid(quoteMillis[i]), width);
            bids[i] = grid.price(bid);
            asks[i] = grid.price(askAbove(bid, width));
            bidUnits[i] = quoteUnits(random);
            askUnits[i] = quoteUnits(random);
        }
        return trades(second, Seeds.poissonBelow(random, poissonLimits[limits + 1]), quoteMillis, bids, asks, bidUnits,
                askUnits, random);
    }

    /** Adds the second's trades to its quotes: each at (or within) the quote in force when it prints. */
    private SecondEvents trades(long second, int trades, int[] quoteMillis, double[] bids, double[] asks, long[] bidUnits,
                                long[] askUnits, SplittableRandom random) {
        int[] tradeMillis = offsets(random, trades, false);
        double[] tradePrices = new double[trades];
        long[] tradeUnits = new long[trades];
        int[] tradeExchanges = new int[trades];
        int quote = 0;
        for (int i = 0; i < trades; i++) {
            while (quote + 1 < quoteMillis.length && quoteMillis[quote + 1] <= tradeMillis[i]) {
                quote++;
            }
            tradePrices[i] = tradePrice(bids[quote], asks[quote], random);
            tradeUnits[i] = 1 + (long) (-Math.log(1 - random.nextDouble()) * Math.max(profile.meanTradeUnits() - 1, 0));
            tradeExchanges[i] = random.nextInt(profile.exchanges().size());
        }
        return new SecondEvents(second, quoteMillis, bids, asks, bidUnits, askUnits, tradeMillis, tradePrices, tradeUnits,
                tradeExchanges);
    }

    /** A quote size in units: a whole number of quote lots, at least one. */
    long quoteUnits(SplittableRandom random) {
        double lots = profile.meanQuoteUnits() / profile.quoteLotUnits();
        long count = 1 + (long) (-Math.log(1 - random.nextDouble()) * Math.max(lots - 1, 0));
        return count * profile.quoteLotUnits();
    }

    /** Returns a quote's bid: the grid point at or below the mid, stepped down to centre a quote {@code width} ticks wide. */
    private long bidUnder(double mid, int width) {
        long bid = Math.max(grid.floor(mid), grid.lowest());
        for (int i = 0; i < (width - 1) / 2 && bid > grid.lowest(); i++) {
            bid = grid.down(bid);
        }
        return bid;
    }

    /** Returns the ask {@code width} ticks above the bid. */
    private long askAbove(long bid, int width) {
        long ask = bid;
        for (int i = 0; i < width; i++) {
            ask = grid.up(ask);
        }
        return ask;
    }

    /** Draws a quote's width: one to three ticks, doubled outside regular hours. */
    private static int width(SessionKind kind, SplittableRandom random) {
        int width = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
        return kind == SessionKind.EXTENDED ? width * 2 : width;
    }

    /** A trade at the bid, at the ask, or now and then a tick inside the spread. */
    private double tradePrice(double bid, double ask, SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.45) {
            return bid;
        }
        if (draw < 0.9) {
            return ask;
        }
        long inside = grid.up(grid.floor(bid + grid.price(1) / 2));
        return inside < grid.floor(ask + grid.price(1) / 2) ? grid.price(inside) : bid;
    }

    /** The offsets in milliseconds of {@code count} events, sorted; quotes always include 0, the second's opening quote. */
    private static int[] offsets(SplittableRandom random, int count, boolean opening) {
        int[] offsets = new int[count + (opening ? 1 : 0)];
        for (int i = opening ? 1 : 0; i < offsets.length; i++) {
            offsets[i] = opening ? 1 + random.nextInt(999) : random.nextInt(1000);
        }
        Arrays.sort(offsets);
        return offsets;
    }
}

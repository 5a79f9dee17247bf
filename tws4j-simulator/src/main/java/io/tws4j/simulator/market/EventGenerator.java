package io.tws4j.simulator.market;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generates one instrument's quotes and trades for any second, from the seed, the instrument and
 * the time alone, a minute at a time: first the minute's sketch ({@link MinuteSketch}: counts,
 * first, last, highest and lowest prices, volume), drawn from the minute's price range, then its
 * events ({@link MinuteEvents}), made to match the sketch. In a session, a second opens with a
 * quote around the mid price (one to three ticks wide, twice that outside regular hours, the same
 * width all minute), may change it a few more times, and may print trades at the bid, at the ask
 * or between them; an index prints its value once a second; when the market is closed nothing
 * happens.
 */
final class EventGenerator {
    private static final SecondEvents[] CLOSED_MINUTE = closedMinute();

    private final long seed;
    private final long key;
    private final MarketProfile profile;
    private final PriceSource prices;
    private final TickGrid grid;
    /** A minute's mean quote and trade counts beyond the openings, regular then extended hours, and their laws. */
    private final double[] quoteMeans;
    private final double[] tradeMeans;
    private final double[][] quoteCdfs;
    private final double[][] tradeCdfs;
    /** A trade's extra units are geometric: their ratio, mean and variance. */
    private final double extraRatio;
    private final double extraMean;
    private final double extraVariance;
    private final SlotCache<SecondEvents[]> minutes = new SlotCache<>(64);
    /** The minute realized last: scans run through consecutive seconds. */
    private volatile Realized last = new Realized(Long.MIN_VALUE, CLOSED_MINUTE);

    EventGenerator(long seed, long key, MarketProfile profile, PriceSource prices) {
        this.seed = seed;
        this.key = key;
        this.profile = profile;
        this.prices = prices;
        this.grid = new TickGrid(profile.priceRule());
        double trades = profile.style() == MarketStyle.QUOTES_AND_TRADES ? profile.tradesPerSecond() : 0;
        double quotes = profile.quotesPerSecond();
        this.quoteMeans = new double[] {60 * quotes, 60 * quotes * profile.extendedActivity()};
        this.tradeMeans = new double[] {60 * trades, 60 * trades * profile.extendedActivity()};
        this.quoteCdfs = new double[][] {cdf(quoteMeans[0]), cdf(quoteMeans[1])};
        this.tradeCdfs = new double[][] {cdf(tradeMeans[0]), cdf(tradeMeans[1])};
        double scale = Math.max(profile.meanTradeUnits() - 1, 0);
        this.extraRatio = scale == 0 ? 0 : Math.exp(1 / scale);
        this.extraMean = scale == 0 ? 0 : 1 / (extraRatio - 1);
        this.extraVariance = scale == 0 ? 0 : extraRatio / ((extraRatio - 1) * (extraRatio - 1));
    }

    /** Draws how many quotes a minute of {@code kind} sets beyond the sixty seconds' openings. */
    int extraQuotes(SessionKind kind, SplittableRandom random) {
        int i = kind == SessionKind.REGULAR ? 0 : 1;
        return Seeds.poisson(random, quoteMeans[i], quoteCdfs[i]);
    }

    /** Draws how many trades a minute of {@code kind} prints. */
    int trades(SessionKind kind, SplittableRandom random) {
        int i = kind == SessionKind.REGULAR ? 0 : 1;
        return Seeds.poisson(random, tradeMeans[i], tradeCdfs[i]);
    }

    TickGrid grid() {
        return grid;
    }

    MarketProfile profile() {
        return profile;
    }

    PriceSource prices() {
        return prices;
    }

    /** Returns the events of one second (all empty while the market is closed). */
    SecondEvents generate(long second) {
        return minute(Math.floorDiv(second, 60))[Math.floorMod(second, 60)];
    }

    /** Returns the sixty seconds of a minute. */
    SecondEvents[] minute(long minuteIndex) {
        Realized recent = last;
        if (recent.index() == minuteIndex) {
            return recent.seconds();
        }
        SecondEvents[] seconds = minutes.get(minuteIndex, this::realize);
        last = new Realized(minuteIndex, seconds);
        return seconds;
    }

    private record Realized(long index, SecondEvents[] seconds) {}

    /**
     * Returns the sketch of a minute in session; {@code hour} holds its price range. Sessions
     * open and close on whole minutes, so a minute has one session kind.
     */
    MinuteSketch sketch(long minuteIndex, SessionKind kind, HourPrices hour) {
        return MinuteSketch.draw(this, Seeds.random(seed, key, 6, minuteIndex), kind, hour, (int) Math.floorMod(minuteIndex, 60));
    }

    private SecondEvents[] realize(long minuteIndex) {
        SessionKind kind = profile.calendar().kindAt(minuteIndex * 60);
        if (kind == null) {
            return CLOSED_MINUTE;
        }
        MinuteSketch sketch = sketch(minuteIndex, kind, prices.hour(Math.floorDiv(minuteIndex, 60)));
        return MinuteEvents.realize(this, sketch, minuteIndex, Seeds.random(seed, key, 7, minuteIndex));
    }

    // ---- the shapes quotes and trades take, shared by sketches and events

    /** Draws a quote's width: one to three ticks, doubled outside regular hours. */
    static int width(SessionKind kind, SplittableRandom random) {
        int width = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
        return kind == SessionKind.EXTENDED ? width * 2 : width;
    }

    /** Returns a quote's bid: the grid point at or below the mid, stepped down to centre a quote {@code width} ticks wide. */
    long bidUnder(double mid, int width) {
        return grid.down(Math.max(grid.floor(mid), grid.lowest()), (width - 1) / 2);
    }

    /** Returns the ask {@code width} ticks above the bid. */
    long askAbove(long bid, int width) {
        return grid.up(bid, width);
    }

    /** Draws a trade's price against the quote of {@code bid}: at the bid, at the ask, or now and then a tick inside. */
    long tradePrice(long bid, int width, SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.45) {
            return bid;
        }
        long ask = askAbove(bid, width);
        if (draw < 0.9) {
            return ask;
        }
        long inside = grid.up(bid);
        return inside < ask ? inside : bid;
    }

    /** Returns an index's printed value for a mid: the nearest finest increment. */
    long indexValue(double mid) {
        return Math.max(grid.lowest(), Math.round(mid / grid.price(1)));
    }

    /** A quote size in units: a whole number of quote lots, at least one. */
    long quoteUnits(SplittableRandom random) {
        double lots = profile.meanQuoteUnits() / profile.quoteLotUnits();
        long count = 1 + (long) (-Math.log(1 - random.nextDouble()) * Math.max(lots - 1, 0));
        return count * profile.quoteLotUnits();
    }

    /** A trade size in units: one, plus a whole number drawn from an exponential law. */
    long tradeUnits(SplittableRandom random) {
        return 1 + (long) (-Math.log(1 - random.nextDouble()) * Math.max(profile.meanTradeUnits() - 1, 0));
    }

    /**
     * Draws the units {@code trades} trades have beyond one each: summed one by one for up to
     * four trades, from the normal law with the same mean and variance for more (each extra is
     * geometric: the whole part of an exponential).
     */
    long extraUnits(int trades, SplittableRandom random) {
        double scale = Math.max(profile.meanTradeUnits() - 1, 0);
        if (scale == 0) {
            return 0;
        }
        if (trades <= 4) {
            long sum = 0;
            for (int i = 0; i < trades; i++) {
                sum += (long) (-Math.log(1 - random.nextDouble()) * scale);
            }
            return sum;
        }
        return Math.max(0, Math.round(trades * extraMean + Math.sqrt(trades * extraVariance) * Seeds.roughGaussian(random)));
    }

    private static double[] cdf(double mean) {
        return mean <= Seeds.TABULATED_POISSON_MEAN ? Seeds.poissonCdf(mean) : new double[0];
    }

    private static SecondEvents[] closedMinute() {
        SecondEvents[] seconds = new SecondEvents[60];
        Arrays.fill(seconds, SecondEvents.CLOSED);
        return seconds;
    }
}

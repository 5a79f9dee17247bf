package io.tws4j.simulator.market;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An instrument's log price at every second, generated top-down so that any moment can be
 * computed on its own and always comes out the same for the same seed: a mean-reverting daily
 * walk (Ornstein-Uhlenbeck in log price around the reference price) fixes the value at each
 * UTC midnight, and Brownian bridges fill in the hours between midnights, the minutes between
 * hours and the seconds between minutes, each from its own seeded random stream.
 *
 * <p>Each minute's highest and lowest value are drawn before its seconds, from the law of a
 * Brownian bridge's maximum and minimum given where the minute opens and closes, and the
 * seconds' bridge is then stretched or squeezed to reach those extremes ({@link #reach}). So a
 * minute's range is known without its seconds ({@link #hour}), which is what makes summaries of
 * years cheap.
 */
final class PricePath implements PriceSource {
    /** The walk starts at the reference price on this day; history before it is flat. */
    static final long ANCHOR_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    /** The share of the gap to the reference price closed each day. */
    private static final double MEAN_REVERSION = 0.02;

    private final long seed;
    private final long key;
    private final double mean;
    private final double daySigma;
    private final SlotCache<double[]> hours = new SlotCache<>(256);
    private final SlotCache<double[]> minutes = new SlotCache<>(2048);
    private final SlotCache<double[]> seconds = new SlotCache<>(4096);
    private final SlotCache<HourPrices> hourPrices = new SlotCache<>(512);
    private final SlotCache<double[]> extremes = new SlotCache<>(512);
    private double[] anchors = new double[0];
    /** The minute asked for last: scans run through consecutive seconds. */
    private volatile Minute lastMinute = new Minute(Long.MIN_VALUE, new double[0]);

    PricePath(long seed, long key, double referencePrice, double annualVolatility) {
        this.seed = seed;
        this.key = key;
        this.mean = Math.log(referencePrice);
        this.daySigma = annualVolatility / Math.sqrt(365);
    }

    /** Returns the log price at the start of each second of a minute: 61 values, the last being the next minute's start. */
    double[] secondsOf(long minuteIndex) {
        Minute last = lastMinute;
        if (last.index() == minuteIndex) {
            return last.seconds();
        }
        double[] values = seconds.get(minuteIndex, this::computeSeconds);
        lastMinute = new Minute(minuteIndex, values);
        return values;
    }

    private record Minute(long index, double[] seconds) {}

    /** Returns the log price at the start of {@code epochSecond}. */
    double logPriceAt(long epochSecond) {
        return secondsOf(Math.floorDiv(epochSecond, 60))[Math.floorMod(epochSecond, 60)];
    }

    @Override
    public Second second(long epochSecond) {
        double[] values = secondsOf(Math.floorDiv(epochSecond, 60));
        int index = Math.floorMod(epochSecond, 60);
        double start = values[index];
        double slope = (values[index + 1] - start) / 1000.0;
        return millis -> Math.exp(start + slope * millis);
    }

    @Override
    public HourPrices hour(long hourIndex) {
        return hourPrices.get(hourIndex, this::computeHour);
    }

    private HourPrices computeHour(long hourIndex) {
        double[] logs = minutesOf(hourIndex);
        double[] extremes = extremesOf(hourIndex);
        double[] bounds = new double[61];
        double[] highs = new double[60];
        double[] lows = new double[60];
        for (int i = 0; i <= 60; i++) {
            bounds[i] = Math.exp(logs[i]);
        }
        for (int minute = 0; minute < 60; minute++) {
            highs[minute] = Math.exp(extremes[2 * minute]);
            lows[minute] = Math.exp(extremes[2 * minute + 1]);
        }
        return new HourPrices(bounds, highs, lows);
    }

    /**
     * Returns each minute's highest and lowest log price in an hour (high, low, high, low ...),
     * drawn given where the minute opens ({@code a}) and closes ({@code b}): a Brownian bridge's
     * maximum has P(max &ge; y) = exp(-2 (y - a)(y - b) / &sigma;&sup2;T), inverted; its minimum likewise.
     */
    private double[] extremesOf(long hourIndex) {
        return extremes.get(hourIndex, index -> {
            double[] logs = minutesOf(index);
            SplittableRandom random = Seeds.random(seed, key, 8, index);
            double variance = daySigma * daySigma * 60 / (24 * 60 * 60);
            double[] values = new double[120];
            for (int minute = 0; minute < 60; minute++) {
                double a = logs[minute];
                double b = logs[minute + 1];
                double gap = (b - a) * (b - a);
                // -ln(U) for a uniform U is an exponential draw.
                values[2 * minute] = (a + b + Math.sqrt(gap + 2 * variance * random.nextExponential())) / 2;
                values[2 * minute + 1] = (a + b - Math.sqrt(gap + 2 * variance * random.nextExponential())) / 2;
            }
            return values;
        });
    }

    private double[] computeSeconds(long minuteIndex) {
        double[] minuteBounds = minutesOf(Math.floorDiv(minuteIndex, 60));
        int minute = Math.floorMod(minuteIndex, 60);
        double a = minuteBounds[minute];
        double b = minuteBounds[minute + 1];
        double[] path = bridge(a, b, 60, daySigma / Math.sqrt(24 * 60 * 60), Seeds.random(seed, key, 3, minuteIndex));
        double[] range = extremesOf(Math.floorDiv(minuteIndex, 60));
        reach(path, range[2 * minute], range[2 * minute + 1]);
        return path;
    }

    /**
     * Stretches (or squeezes) a bridge's rises above the line from its start to its end so that
     * its highest point is {@code high}, and its dips below the line so that its lowest is
     * {@code low}; its ends stay where they are, and what then lies outside [low, high] is cut. A
     * bridge that never rises above (or dips below) its line keeps that side as it is.
     */
    static void reach(double[] path, double high, double low) {
        int steps = path.length - 1;
        double start = path[0];
        double slope = (path[steps] - start) / steps;
        int top = 0;
        int bottom = 0;
        double rise = 0;
        double dip = 0;
        for (int i = 1; i < steps; i++) {
            double deviation = path[i] - (start + slope * i);
            if (deviation > rise) {
                rise = deviation;
                top = i;
            }
            if (deviation < dip) {
                dip = deviation;
                bottom = i;
            }
        }
        double up = rise > 0 ? (high - (start + slope * top)) / rise : 1;
        double down = dip < 0 ? (low - (start + slope * bottom)) / dip : 1;
        for (int i = 1; i < steps; i++) {
            double line = start + slope * i;
            double deviation = path[i] - line;
            double value = line + deviation * (deviation > 0 ? up : down);
            path[i] = Math.min(high, Math.max(low, value));
        }
    }

    private double[] minutesOf(long hourIndex) {
        return minutes.get(hourIndex, index -> {
            double[] hourBounds = hoursOf(Math.floorDiv(index, 24));
            int hour = Math.floorMod(index, 24);
            return bridge(hourBounds[hour], hourBounds[hour + 1], 60, daySigma / Math.sqrt(24 * 60),
                    Seeds.random(seed, key, 2, index));
        });
    }

    private double[] hoursOf(long epochDay) {
        return hours.get(epochDay, day -> bridge(anchor(day), anchor(day + 1), 24, daySigma / Math.sqrt(24),
                Seeds.random(seed, key, 1, day)));
    }

    /** Returns the log price at the start of a UTC day. */
    private synchronized double anchor(long epochDay) {
        int index = (int) (epochDay - ANCHOR_DAY);
        if (index <= 0) {
            return mean;
        }
        if (index >= anchors.length) {
            extendAnchors(index);
        }
        return anchors[index];
    }

    private void extendAnchors(int index) {
        int from = anchors.length;
        anchors = Arrays.copyOf(anchors, Math.max(index + 1, from + 4096));
        for (int i = from; i < anchors.length; i++) {
            double previous = i == 0 ? mean : anchors[i - 1];
            double shock = i == 0 ? 0 : daySigma * Seeds.random(seed, key, 0, ANCHOR_DAY + i).nextGaussian();
            anchors[i] = previous + MEAN_REVERSION * (mean - previous) + shock;
        }
    }

    /**
     * A Brownian bridge from {@code start} to {@code end} in {@code steps} steps of standard
     * deviation {@code stepSigma}: a free walk, bent so that it ends where it must.
     */
    static double[] bridge(double start, double end, int steps, double stepSigma, SplittableRandom random) {
        double[] walk = new double[steps + 1];
        for (int i = 1; i <= steps; i++) {
            walk[i] = walk[i - 1] + stepSigma * random.nextGaussian();
        }
        double[] path = new double[steps + 1];
        double correction = end - start - walk[steps];
        for (int i = 0; i <= steps; i++) {
            path[i] = start + walk[i] + correction * i / steps;
        }
        path[steps] = end;
        return path;
    }
}

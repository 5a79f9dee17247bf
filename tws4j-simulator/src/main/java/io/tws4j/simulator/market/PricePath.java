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
 */
final class PricePath {
    /** The walk starts at the reference price on this day; history before it is flat. */
    static final long ANCHOR_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    /** The share of the gap to the reference price closed each day. */
    private static final double MEAN_REVERSION = 0.02;

    private final long seed;
    private final long key;
    private final double mean;
    private final double daySigma;
    private final Lru<double[]> hours = new Lru<>(256);
    private final Lru<double[]> minutes = new Lru<>(2048);
    private final Lru<double[]> seconds = new Lru<>(4096);
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

    private double[] computeSeconds(long minuteIndex) {
        double[] minuteBounds = minutesOf(Math.floorDiv(minuteIndex, 60));
        int minute = Math.floorMod(minuteIndex, 60);
        return bridge(minuteBounds[minute], minuteBounds[minute + 1], 60, daySigma / Math.sqrt(24 * 60 * 60),
                Seeds.random(seed, key, 3, minuteIndex));
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

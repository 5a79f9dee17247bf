package io.tws4j.simulator.market;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the gateway's seed and a few coordinates (instrument,
 * level, index), so that any second, minute or day of any instrument can be generated on its own
 * and always comes out the same.
 */
final class Seeds {

    private Seeds() {}

    /** Returns a random stream for the coordinates; the same coordinates give the same stream. */
    static SplittableRandom random(long seed, long... coordinates) {
        return new SplittableRandom(key(seed, coordinates));
    }

    /** Returns the random stream of three coordinates, without the varargs array (called for every second). */
    static SplittableRandom random(long seed, long a, long b, long c) {
        long key = mix(seed ^ 0x6A09E667F3BCC909L);
        key = mix(key ^ (a * 0x9E3779B97F4A7C15L + 0x3C6EF372FE94F82BL));
        key = mix(key ^ (b * 0x9E3779B97F4A7C15L + 0x3C6EF372FE94F82BL));
        key = mix(key ^ (c * 0x9E3779B97F4A7C15L + 0x3C6EF372FE94F82BL));
        return new SplittableRandom(key);
    }

    /** Mixes coordinates into one well-spread 64-bit key. */
    static long key(long seed, long... coordinates) {
        long key = mix(seed ^ 0x6A09E667F3BCC909L);
        for (long coordinate : coordinates) {
            key = mix(key ^ (coordinate * 0x9E3779B97F4A7C15L + 0x3C6EF372FE94F82BL));
        }
        return key;
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Draws a Poisson-distributed count with mean {@code mean} (Knuth's method; means here are small). */
    static int poisson(SplittableRandom random, double mean) {
        return mean <= 0 ? 0 : poissonBelow(random, Math.exp(-mean));
    }

    /** The largest mean whose Poisson counts {@link #poissonCdf} tabulates; above it they are drawn from the normal law. */
    static final double TABULATED_POISSON_MEAN = 15;

    /**
     * Returns the cumulative probabilities of a Poisson law with mean {@code mean} (at most
     * {@link #TABULATED_POISSON_MEAN}), up to where they reach one, for {@link #poisson(SplittableRandom, double, double[])}.
     */
    static double[] poissonCdf(double mean) {
        double[] cdf = new double[(int) (mean * 4 + 20)];
        double term = Math.exp(-mean);
        double sum = term;
        for (int k = 0; k < cdf.length; k++) {
            cdf[k] = sum;
            term *= mean / (k + 1);
            sum += term;
        }
        return cdf;
    }

    /**
     * Draws a Poisson count with mean {@code mean}: by inverting its tabulated distribution
     * ({@code cdf}, one draw) up to {@link #TABULATED_POISSON_MEAN}, from the normal law with the
     * same mean and variance above (where it is close, and costs four draws).
     */
    static int poisson(SplittableRandom random, double mean, double[] cdf) {
        if (mean <= TABULATED_POISSON_MEAN) {
            double u = random.nextDouble();
            int k = 0;
            while (k + 1 < cdf.length && u >= cdf[k]) {
                k++;
            }
            return k;
        }
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * roughGaussian(random)));
    }

    /**
     * Draws a roughly standard normal value cheaply: the sum of four uniforms, centred and scaled
     * (mean 0, variance 1, tails cut at &plusmn;3.46). Good enough for counts and volumes drawn
     * in bulk; prices use the exact law.
     */
    static double roughGaussian(SplittableRandom random) {
        double sum = random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble();
        return (sum - 2) * ROUGH_GAUSSIAN_SCALE;
    }

    /** sqrt(3): the sum of four uniforms has variance 1/3. */
    private static final double ROUGH_GAUSSIAN_SCALE = Math.sqrt(3);

    /** Draws a Poisson count given {@code limit} = e<sup>-mean</sup>, for callers that compute it once. */
    static int poissonBelow(SplittableRandom random, double limit) {
        if (limit >= 1) {
            return 0;
        }
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}

package io.tws4j.simulator.market;

/**
 * An instrument's mid price over one UTC hour, minute by minute: where each minute opens and
 * closes, and how high and how low the mid goes within it. This is all a minute's summary is
 * drawn from, so that summaries of long periods never need the seconds.
 */
final class HourPrices {
    private final double[] bounds;
    private final double[] highs;
    private final double[] lows;

    /**
     * @param bounds the mid at the start of each minute, 61 values (the last is the next hour's start)
     * @param highs the highest mid of each minute, 60 values, at least its open and its close
     * @param lows the lowest mid of each minute, 60 values, at most its open and its close
     */
    HourPrices(double[] bounds, double[] highs, double[] lows) {
        this.bounds = bounds;
        this.highs = highs;
        this.lows = lows;
    }

    double open(int minute) {
        return bounds[minute];
    }

    double close(int minute) {
        return bounds[minute + 1];
    }

    double high(int minute) {
        return highs[minute];
    }

    double low(int minute) {
        return lows[minute];
    }
}

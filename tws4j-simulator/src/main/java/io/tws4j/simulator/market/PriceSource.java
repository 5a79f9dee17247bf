package io.tws4j.simulator.market;

/**
 * Where a market's mid price comes from at any instant: its own random walk ({@link PricePath}),
 * or an option model over its underlying's ({@link OptionPrices}). Asked either for the mid
 * within one second, or for the range of each minute of an hour without its seconds.
 */
interface PriceSource {

    /** Returns the prices of one second, from which the mid at any millisecond of it follows. */
    Second second(long epochSecond);

    /**
     * Returns where the mid opens, closes, peaks and bottoms in each minute of an hour; the same
     * values, to the bit, that {@link #second} gives at each minute's start, and a range its
     * seconds stay within.
     */
    HourPrices hour(long hourIndex);

    /** Returns the mid price {@code millis} into {@code epochSecond}. */
    default double midAt(long epochSecond, int millis) {
        return second(epochSecond).mid(millis);
    }

    /** The mid prices within one second. */
    @FunctionalInterface
    interface Second {
        double mid(int millis);
    }
}

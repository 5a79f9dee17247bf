package io.tws4j.simulator.market;

/** Where a market's mid price comes from at any instant: its own random walk, or an option model over its underlying's. */
interface PriceSource {

    /** Returns the prices of one second, from which the mid at any millisecond of it follows. */
    Second second(long epochSecond);

    /** Returns the mid price {@code millis} into {@code epochSecond}. */
    default double midAt(long epochSecond, int millis) {
        return second(epochSecond).mid(millis);
    }

    /** The mid prices within one second. */
    @FunctionalInterface
    interface Second {
        double mid(int millis);
    }

    /** The instrument's own walk; prices between whole seconds lie on the line between them (in log price). */
    static PriceSource walk(PricePath path) {
        return epochSecond -> {
            double[] seconds = path.secondsOf(Math.floorDiv(epochSecond, 60));
            int index = Math.floorMod(epochSecond, 60);
            double start = seconds[index];
            double slope = (seconds[index + 1] - start) / 1000.0;
            return millis -> Math.exp(start + slope * millis);
        };
    }

    /** An option's model price over its underlying's mid. */
    static PriceSource option(PriceSource underlying, OptionTerms terms, double dividendYield) {
        long expirySecond = terms.expiry().getEpochSecond();
        return epochSecond -> {
            Second spot = underlying.second(epochSecond);
            return millis -> {
                double years = Math.max(0, (expirySecond - epochSecond - millis / 1000.0) / (365.0 * 86_400));
                return BlackScholes.values(terms.right(), spot.mid(millis), terms.strike(), years, terms.rate(),
                        dividendYield, terms.impliedVolatility()).price();
            };
        };
    }
}

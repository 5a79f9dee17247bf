package io.tws4j.simulator.market;

import io.tws4j.contracts.OptionRight;

/**
 * An option's mid price: Black-Scholes over its underlying's mid at the option's own implied
 * volatility. A minute's range follows from the underlying's (a call peaks when its underlying
 * does, a put when it bottoms), valued at the minute's start.
 */
final class OptionPrices implements PriceSource {
    private static final double SECONDS_A_YEAR = 365.0 * 86_400;

    private final PriceSource underlying;
    private final OptionTerms terms;
    private final double dividendYield;
    private final long expirySecond;
    private final SlotCache<HourPrices> hours = new SlotCache<>(256);

    OptionPrices(PriceSource underlying, OptionTerms terms, double dividendYield) {
        this.underlying = underlying;
        this.terms = terms;
        this.dividendYield = dividendYield;
        this.expirySecond = terms.expiry().getEpochSecond();
    }

    @Override
    public Second second(long epochSecond) {
        Second spot = underlying.second(epochSecond);
        return millis -> price(spot.mid(millis), epochSecond, millis);
    }

    @Override
    public HourPrices hour(long hourIndex) {
        return hours.get(hourIndex, this::computeHour);
    }

    private HourPrices computeHour(long hourIndex) {
        HourPrices spot = underlying.hour(hourIndex);
        long start = hourIndex * 3_600;
        double[] bounds = new double[61];
        for (int i = 0; i <= 60; i++) {
            bounds[i] = price(i < 60 ? spot.open(i) : spot.close(59), start + 60L * i, 0);
        }
        double[] highs = new double[60];
        double[] lows = new double[60];
        boolean call = terms.right() == OptionRight.CALL;
        for (int minute = 0; minute < 60; minute++) {
            long at = start + 60L * minute;
            double high = price(call ? spot.high(minute) : spot.low(minute), at, 0);
            double low = price(call ? spot.low(minute) : spot.high(minute), at, 0);
            highs[minute] = Math.max(high, Math.max(bounds[minute], bounds[minute + 1]));
            lows[minute] = Math.min(low, Math.min(bounds[minute], bounds[minute + 1]));
        }
        return new HourPrices(bounds, highs, lows);
    }

    private double price(double spot, long epochSecond, int millis) {
        double years = Math.max(0, (expirySecond - epochSecond - millis / 1000.0) / SECONDS_A_YEAR);
        return BlackScholes.values(terms.right(), spot, terms.strike(), years, terms.rate(), dividendYield,
                terms.impliedVolatility()).price();
    }
}

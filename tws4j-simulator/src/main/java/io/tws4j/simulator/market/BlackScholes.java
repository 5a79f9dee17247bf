package io.tws4j.simulator.market;

import io.tws4j.contracts.OptionRight;

/**
 * European option values by Black-Scholes with a continuous dividend yield: the price, the
 * greeks as TWS quotes them (vega per volatility point, theta per calendar day), and the implied
 * volatility of a price.
 *
 * {@snippet :
 * BlackScholes.Values call = BlackScholes.values(OptionRight.CALL, 190, 200, 30 / 365.0, 0.045, 0.005, 0.25);
 * double vol = BlackScholes.impliedVolatility(OptionRight.CALL, call.price(), 190, 200, 30 / 365.0, 0.045, 0.005);
 * }
 */
public final class BlackScholes {
    private static final double MIN_VOLATILITY = 1e-4;
    private static final double MAX_VOLATILITY = 5;

    private BlackScholes() {}

    /**
     * An option's value and greeks.
     *
     * @param price the option's price
     * @param delta the change of the price per unit of the underlying
     * @param gamma the change of delta per unit of the underlying
     * @param vega the change of the price per volatility point (0.01)
     * @param theta the change of the price per calendar day
     * @param pvDividend the present value of the underlying's dividends until expiry
     */
    public record Values(double price, double delta, double gamma, double vega, double theta, double pvDividend) {}

    /**
     * Returns the option's value and greeks; at or after expiry, its intrinsic value.
     *
     * @param right call or put
     * @param spot the underlying's price
     * @param strike the strike
     * @param years the time to expiry in years (365-day)
     * @param rate the continuous risk-free rate
     * @param dividendYield the continuous dividend yield
     * @param volatility the volatility
     */
    public static Values values(OptionRight right, double spot, double strike, double years, double rate,
                                double dividendYield, double volatility) {
        boolean call = right == OptionRight.CALL;
        double pvDividend = spot * (1 - Math.exp(-dividendYield * Math.max(years, 0)));
        if (years <= 0 || volatility <= 0) {
            double intrinsic = Math.max(call ? spot - strike : strike - spot, 0);
            double delta = intrinsic > 0 ? (call ? 1 : -1) : 0;
            return new Values(intrinsic, delta, 0, 0, 0, pvDividend);
        }
        double sqrtT = Math.sqrt(years);
        double d1 = (Math.log(spot / strike) + (rate - dividendYield + volatility * volatility / 2) * years) / (volatility * sqrtT);
        double d2 = d1 - volatility * sqrtT;
        double carry = Math.exp(-dividendYield * years);
        double discount = Math.exp(-rate * years);
        double density = Math.exp(-d1 * d1 / 2) / Math.sqrt(2 * Math.PI);
        double price = call
                ? spot * carry * cdf(d1) - strike * discount * cdf(d2)
                : strike * discount * cdf(-d2) - spot * carry * cdf(-d1);
        double delta = call ? carry * cdf(d1) : carry * (cdf(d1) - 1);
        double gamma = carry * density / (spot * volatility * sqrtT);
        double vega = spot * carry * density * sqrtT / 100;
        double decay = -spot * carry * density * volatility / (2 * sqrtT);
        double theta = call
                ? decay - rate * strike * discount * cdf(d2) + dividendYield * spot * carry * cdf(d1)
                : decay + rate * strike * discount * cdf(-d2) - dividendYield * spot * carry * cdf(-d1);
        return new Values(Math.max(price, 0), delta, gamma, vega, theta / 365, pvDividend);
    }

    /**
     * Returns the volatility at which the option is worth {@code price}, or NaN when no volatility
     * between 0.01 % and 500 % gives that price (below the intrinsic value, say).
     */
    public static double impliedVolatility(OptionRight right, double price, double spot, double strike, double years,
                                           double rate, double dividendYield) {
        if (years <= 0 || price <= 0) {
            return Double.NaN;
        }
        double low = MIN_VOLATILITY;
        double high = MAX_VOLATILITY;
        if (price < values(right, spot, strike, years, rate, dividendYield, low).price()
                || price > values(right, spot, strike, years, rate, dividendYield, high).price()) {
            return Double.NaN;
        }
        // Bisection: the price rises with volatility, so it converges without any derivative.
        for (int i = 0; i < 100 && high - low > 1e-7; i++) {
            double middle = (low + high) / 2;
            if (values(right, spot, strike, years, rate, dividendYield, middle).price() < price) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** The standard normal distribution function, through erfc. */
    static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    private static double erfc(double x) {
        // Numerical Recipes' Chebyshev fit of erfc, relative error below 1.2e-7 everywhere.
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}

package io.tws4j.marketdata;

import io.tws4j.contracts.OptionComputation;
import java.util.OptionalDouble;

/**
 * An option's implied volatility and greeks, as TWS computes them from the bid, the ask, the
 * last trade or its model (and the delayed variants of those). TWS marks values it did not
 * compute; those are {@link Double#NaN} here, so that a busy stream allocates nothing but the
 * tick. {@link #computation()} gives the same values with empty optionals instead.
 *
 * @param requestId the market data request it answers
 * @param type which computation: {@link TickType#BID_OPTION_COMPUTATION}, {@link TickType#ASK_OPTION_COMPUTATION},
 *             {@link TickType#LAST_OPTION_COMPUTATION}, {@link TickType#MODEL_OPTION}, a delayed one, or
 *             {@link TickType#CUST_OPTION_COMPUTATION} for a calculation
 * @param priceBased whether TWS computed them from the option's price (true) or from a return-based model
 * @param impliedVolatility the implied volatility, e.g. 0.25 for 25 %, or NaN
 * @param delta the delta, or NaN
 * @param optionPrice the option's price, or NaN
 * @param pvDividend the present value of the underlying's dividends until expiry, or NaN
 * @param gamma the gamma, or NaN
 * @param vega the vega, or NaN
 * @param theta the theta, per day, or NaN
 * @param underlyingPrice the underlying's price, or NaN
 */
public record OptionComputationTick(int requestId, TickType type, boolean priceBased, double impliedVolatility,
                                    double delta, double optionPrice, double pvDividend, double gamma, double vega,
                                    double theta, double underlyingPrice) implements Tick {

    /** Returns the tick of {@code values} for a request; empty values become NaN. */
    public static OptionComputationTick of(int requestId, OptionComputation values) {
        return new OptionComputationTick(requestId, values.tickType(), values.priceBased(),
                nan(values.impliedVolatility()), nan(values.delta()), nan(values.optionPrice()), nan(values.pvDividend()),
                nan(values.gamma()), nan(values.vega()), nan(values.theta()), nan(values.underlyingPrice()));
    }

    /** Returns the values as an {@link OptionComputation}, with the values TWS did not compute empty. */
    public OptionComputation computation() {
        return new OptionComputation(type, priceBased, optional(impliedVolatility), optional(delta),
                optional(optionPrice), optional(pvDividend), optional(gamma), optional(vega), optional(theta),
                optional(underlyingPrice));
    }

    private static double nan(OptionalDouble value) {
        return value.orElse(Double.NaN);
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}

package io.tws4j.contracts;

import io.tws4j.marketdata.TickType;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An option's model values as TWS computes them: implied volatility, greeks, the option's price,
 * the dividends' present value and the underlying's price. TWS marks values it did not compute;
 * those are empty here. TWS answers the option-price and implied-volatility calculations with
 * tick type {@link TickType#CUST_OPTION_COMPUTATION}; market data streams carry the bid, ask,
 * last and model computations.
 *
 * {@snippet :
 * OptionComputation values = client.calculateOptionPrice(call, 0.25, 190.0);
 * values.optionPrice().ifPresent(price -> System.out.printf("price %.2f, delta %.3f%n", price, values.delta().orElse(0)));
 * }
 *
 * @param tickType what the values describe (the bid, the ask, the last trade, the model, or a calculation)
 * @param priceBased whether TWS computed them from the option's price (true) or from a return-based model
 * @param impliedVolatility the implied volatility, e.g. 0.25 for 25 %
 * @param delta the delta
 * @param optionPrice the option's price
 * @param pvDividend the present value of the underlying's dividends until expiry
 * @param gamma the gamma
 * @param vega the vega
 * @param theta the theta, per day
 * @param underlyingPrice the underlying's price
 */
public record OptionComputation(TickType tickType, boolean priceBased, OptionalDouble impliedVolatility,
                                OptionalDouble delta, OptionalDouble optionPrice, OptionalDouble pvDividend,
                                OptionalDouble gamma, OptionalDouble vega, OptionalDouble theta,
                                OptionalDouble underlyingPrice) {

    public OptionComputation {
        Objects.requireNonNull(tickType, "tickType");
        for (OptionalDouble value : new OptionalDouble[] {impliedVolatility, delta, optionPrice, pvDividend, gamma,
                vega, theta, underlyingPrice}) {
            Objects.requireNonNull(value, "use OptionalDouble.empty() for a value not computed");
        }
    }

    /** Returns values with every field computed, for a calculation or a model. */
    public static OptionComputation of(TickType tickType, double impliedVolatility, double delta, double optionPrice,
                                       double pvDividend, double gamma, double vega, double theta,
                                       double underlyingPrice) {
        return new OptionComputation(tickType, false, OptionalDouble.of(impliedVolatility), OptionalDouble.of(delta),
                OptionalDouble.of(optionPrice), OptionalDouble.of(pvDividend), OptionalDouble.of(gamma),
                OptionalDouble.of(vega), OptionalDouble.of(theta), OptionalDouble.of(underlyingPrice));
    }
}

package io.tws4j.simulator.market;

import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionComputation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * How the simulated gateway rounds numbers before they go on the wire, one rule per kind, so
 * that a client never reads a float artefact such as {@code 237.97999999999996}: each result is
 * the double nearest a short decimal, which prints as that decimal.
 *
 * <ul>
 *   <li>{@link #price}: a traded or quoted price, to the instrument's tick at that price (its
 *       market rule's increment);</li>
 *   <li>{@link #midpoint}: a midpoint or mark, to half a tick;</li>
 *   <li>{@link #average}: an average price (average fill price, average cost, WAP), to four
 *       decimals, or two more than the tick has where it has more (forex);</li>
 *   <li>{@link #money}: an amount (P&amp;L, market value, commission), to cents;</li>
 *   <li>{@link #modelValue}: a volatility or greek, to six decimals; {@link #modelPrice}: a model
 *       price (an option's, its dividends' present value), to four.</li>
 * </ul>
 *
 * <p>Inferred: TWS's quotes, trades and bars are on the tick, its account values in cents and its
 * bar WAPs at four decimals (as captured answers show); for averages, P&amp;L and model values its
 * own rounding is not documented, and these widths are the simulator's choice. NaN, infinities
 * and TWS's sentinels (negative prices meaning "none") pass unchanged.
 */
public final class Rounding {
    private static final int AVERAGE_DECIMALS = 4;
    private static final int MONEY_DECIMALS = 2;
    private static final int MODEL_VALUE_DECIMALS = 6;
    private static final int MODEL_PRICE_DECIMALS = 4;

    private Rounding() {}

    /** Returns a price rounded to the tick in force at it; negative prices (TWS's "none") pass. */
    public static double price(double value, MarketRule rule) {
        return toIncrement(value, BigDecimal.valueOf(rule.incrementAt(value)));
    }

    /** Returns a midpoint or mark rounded to half the tick in force at it. */
    public static double midpoint(double value, MarketRule rule) {
        return toIncrement(value, BigDecimal.valueOf(rule.incrementAt(value)).divide(BigDecimal.TWO));
    }

    /** Returns an average price rounded to four decimals, or the tick's decimals plus two where that is more. */
    public static double average(double value, MarketRule rule) {
        if (!Double.isFinite(value)) {
            return value;
        }
        int tickDecimals = BigDecimal.valueOf(rule.incrementAt(value)).stripTrailingZeros().scale();
        return decimals(value, Math.max(AVERAGE_DECIMALS, tickDecimals + 2));
    }

    /** Returns an amount of money rounded to cents. */
    public static double money(double value) {
        return decimals(value, MONEY_DECIMALS);
    }

    /** Returns a volatility or a greek rounded to six decimals. */
    public static double modelValue(double value) {
        return decimals(value, MODEL_VALUE_DECIMALS);
    }

    /** Returns a model price rounded to four decimals. */
    public static double modelPrice(double value) {
        return decimals(value, MODEL_PRICE_DECIMALS);
    }

    /**
     * Returns an option computation as it goes on the wire: volatility and greeks as model
     * values, the option's price and dividends as model prices, the underlying's price as a
     * midpoint on its tick.
     */
    public static OptionComputation computation(OptionComputation values, MarketRule underlyingRule) {
        return new OptionComputation(values.tickType(), values.priceBased(), map(values.impliedVolatility(), Rounding::modelValue),
                map(values.delta(), Rounding::modelValue), map(values.optionPrice(), Rounding::modelPrice),
                map(values.pvDividend(), Rounding::modelPrice), map(values.gamma(), Rounding::modelValue),
                map(values.vega(), Rounding::modelValue), map(values.theta(), Rounding::modelValue),
                map(values.underlyingPrice(), price -> midpoint(price, underlyingRule)));
    }

    private static OptionalDouble map(OptionalDouble value, DoubleUnaryOperator rounding) {
        return value.isPresent() ? OptionalDouble.of(rounding.applyAsDouble(value.getAsDouble())) : value;
    }

    private static double toIncrement(double value, BigDecimal increment) {
        if (!Double.isFinite(value) || value < 0) {
            return value;
        }
        BigDecimal steps = BigDecimal.valueOf(value).divide(increment, 0, RoundingMode.HALF_EVEN);
        return steps.multiply(increment).doubleValue();
    }

    private static double decimals(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}

package io.tws4j.simulator.marketdata;

import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.OptionComputationTick;
import io.tws4j.marketdata.TickType;
import io.tws4j.simulator.market.BlackScholes;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.OptionTerms;
import io.tws4j.simulator.market.Rounding;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * An option's computations as market data carries them: the model's values at the underlying's
 * mid (tick type 13), and the implied volatility and greeks that explain a bid, an ask or a trade
 * (10, 11, 12), not computed when no volatility explains the price.
 */
final class OptionValues {
    private final InstrumentMarket option;
    private final OptionTerms terms;
    private final InstrumentMarket underlying;

    private OptionValues(InstrumentMarket option, OptionTerms terms, InstrumentMarket underlying) {
        this.option = option;
        this.terms = terms;
        this.underlying = underlying;
    }

    /** Returns the option values of {@code market}, or null if it is no option. */
    static OptionValues of(InstrumentMarket market, MarketModel model) {
        return market.optionTerms()
                .map(terms -> new OptionValues(market, terms, model.market(terms.underlyingConId()).orElseThrow()))
                .orElse(null);
    }

    /** The model's values at {@code time}, rounded for the wire. */
    OptionComputationTick model(int requestId, Instant time) {
        return OptionComputationTick.of(requestId, Rounding.computation(option.optionComputationAt(time).orElseThrow(),
                underlying.profile().priceRule()));
    }

    /** The implied volatility and greeks that explain {@code price} at {@code time}, for a bid, ask or last computation. */
    OptionComputationTick fromPrice(int requestId, TickType type, double price, Instant time) {
        double spot = underlying.midAt(time);
        double years = terms.yearsToExpiry(time);
        double dividendYield = underlying.profile().dividendYield();
        double volatility = price > 0 ? BlackScholes.impliedVolatility(terms.right(), price, spot, terms.strike(), years,
                terms.rate(), dividendYield) : Double.NaN;
        OptionComputation computation;
        if (Double.isNaN(volatility)) {
            OptionalDouble none = OptionalDouble.empty();
            computation = new OptionComputation(type, true, none, none, OptionalDouble.of(price), none, none, none, none,
                    OptionalDouble.of(spot));
        } else {
            BlackScholes.Values values = BlackScholes.values(terms.right(), spot, terms.strike(), years, terms.rate(),
                    dividendYield, volatility);
            computation = new OptionComputation(type, true, OptionalDouble.of(volatility), OptionalDouble.of(values.delta()),
                    OptionalDouble.of(price), OptionalDouble.of(values.pvDividend()), OptionalDouble.of(values.gamma()),
                    OptionalDouble.of(values.vega()), OptionalDouble.of(values.theta()), OptionalDouble.of(spot));
        }
        return OptionComputationTick.of(requestId, Rounding.computation(computation, underlying.profile().priceRule()));
    }
}

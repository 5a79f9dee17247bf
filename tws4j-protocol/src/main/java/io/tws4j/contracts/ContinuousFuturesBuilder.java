package io.tws4j.contracts;

/**
 * Builds a continuous future ({@code CONTFUT}): TWS resolves it to the current front contract,
 * for contract details and historical data (not for orders).
 *
 * {@snippet :
 * Contract es = Contract.continuousFutures("ES").build();        // CME, USD
 * }
 */
public final class ContinuousFuturesBuilder extends VenueBuilder<ContinuousFuturesBuilder> {

    ContinuousFuturesBuilder(String symbol) {
        super(symbol, FuturesCalendar.defaultExchange(symbol.strip()), FuturesCalendar.defaultCurrency(symbol.strip()));
    }

    @Override
    ContinuousFuturesBuilder self() {
        return this;
    }

    @Override
    public Contract build() {
        return base(SecurityType.CONTINUOUS_FUTURE).build();
    }
}

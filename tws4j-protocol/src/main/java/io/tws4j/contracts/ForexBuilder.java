package io.tws4j.contracts;

/**
 * Builds a currency pair: the base currency is the symbol, the quote currency the currency, on
 * IDEALPRO unless told otherwise.
 *
 * {@snippet :
 * Contract euro = Contract.forex("EUR", "USD").build();     // EUR.USD: symbol EUR, currency USD, CASH
 * }
 */
public final class ForexBuilder extends VenueBuilder<ForexBuilder> {

    ForexBuilder(String base, String quote) {
        super(Checks.currency(base), "IDEALPRO", Checks.currency(quote));
        if (symbol.equals(currency)) {
            throw new IllegalArgumentException("a currency pair needs two different currencies, not " + symbol + "." + currency);
        }
    }

    @Override
    ForexBuilder self() {
        return this;
    }

    @Override
    public Contract build() {
        return base(SecurityType.FOREX).build();
    }
}

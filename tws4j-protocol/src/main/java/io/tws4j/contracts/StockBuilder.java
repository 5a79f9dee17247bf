package io.tws4j.contracts;

/**
 * Builds a stock (or ETF): SMART-routed, in USD, unless told otherwise.
 *
 * {@snippet :
 * Contract tesla = Contract.stock("TSLA").build();
 * Contract toyota = Contract.stock("7203").onExchange("TSEJ").inCurrency("JPY").build();
 * Contract microsoft = Contract.stock("MSFT").primaryExchange("NASDAQ").build();   // tells SMART which MSFT
 * }
 */
public final class StockBuilder extends VenueBuilder<StockBuilder> {

    StockBuilder(String symbol) {
        super(symbol, "SMART", "USD");
    }

    @Override
    StockBuilder self() {
        return this;
    }

    /** Sets the listing exchange, which tells SMART-routed stocks with the same symbol apart. */
    public StockBuilder primaryExchange(String exchange) {
        this.primaryExchange = Checks.exchange(exchange);
        return this;
    }

    @Override
    public Contract build() {
        return base(SecurityType.STOCK).build();
    }
}

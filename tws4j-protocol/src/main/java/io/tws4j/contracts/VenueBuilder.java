package io.tws4j.contracts;

/**
 * What the typed builders share: where the contract trades and in which currency.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class VenueBuilder<B extends VenueBuilder<B>> {
    final String symbol;
    String exchange;
    String primaryExchange = "";
    String currency;
    String tradingClass = "";
    String localSymbol = "";

    VenueBuilder(String symbol, String exchange, String currency) {
        this.symbol = Checks.symbol(symbol);
        this.exchange = exchange;
        this.currency = currency;
    }

    abstract B self();

    /** Sets the destination exchange, e.g. {@code TSEJ} or {@code SMART}. */
    public B onExchange(String exchange) {
        this.exchange = Checks.exchange(exchange);
        return self();
    }

    /** Sets the currency, a three-letter code such as {@code JPY}. */
    public B inCurrency(String currency) {
        this.currency = Checks.currency(currency);
        return self();
    }

    /** Sets the trading class, e.g. {@code NMS} or {@code ES}. */
    public B tradingClass(String tradingClass) {
        this.tradingClass = Checks.nonBlank(tradingClass, "tradingClass");
        return self();
    }

    /** Sets the symbol at the exchange, e.g. {@code ESH5}. */
    public B localSymbol(String localSymbol) {
        this.localSymbol = Checks.nonBlank(localSymbol, "localSymbol");
        return self();
    }

    /** Returns the general builder with the fields set so far. */
    ContractBuilder base(SecurityType type) {
        return Contract.builder()
                .symbol(symbol)
                .secType(type)
                .exchange(exchange)
                .primaryExchange(primaryExchange)
                .currency(currency)
                .tradingClass(tradingClass)
                .localSymbol(localSymbol);
    }

    /** Returns the contract. */
    public abstract Contract build();
}

package io.tws4j.contracts;

import java.util.Map;

/**
 * Builds an index. Well-known indexes know their exchange and currency; any other needs
 * {@link #onExchange(String)} (and {@link #inCurrency(String)} unless it is in USD).
 *
 * {@snippet :
 * Contract spx = Contract.index("SPX").build();                 // CBOE, USD
 * Contract dax = Contract.index("DAX").build();                 // EUREX, EUR
 * Contract other = Contract.index("XYZ").onExchange("CBOE").build();
 * }
 */
public final class IndexBuilder extends VenueBuilder<IndexBuilder> {
    /** Exchange and currency of the indexes TWS users ask for most. */
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("SPX", new String[] {"CBOE", "USD"}),
            Map.entry("XSP", new String[] {"CBOE", "USD"}),
            Map.entry("VIX", new String[] {"CBOE", "USD"}),
            Map.entry("NDX", new String[] {"NASDAQ", "USD"}),
            Map.entry("RUT", new String[] {"RUSSELL", "USD"}),
            Map.entry("INDU", new String[] {"CME", "USD"}),
            Map.entry("DAX", new String[] {"EUREX", "EUR"}),
            Map.entry("ESTX50", new String[] {"EUREX", "EUR"}),
            Map.entry("CAC40", new String[] {"MONEP", "EUR"}),
            Map.entry("N225", new String[] {"OSE.JPN", "JPY"}),
            Map.entry("HSI", new String[] {"HKFE", "HKD"}),
            Map.entry("K200", new String[] {"KSE", "KRW"}));

    IndexBuilder(String symbol) {
        super(symbol, known(symbol, 0, ""), known(symbol, 1, "USD"));
    }

    @Override
    IndexBuilder self() {
        return this;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the index is not a well-known one and no exchange was given
     */
    @Override
    public Contract build() {
        if (exchange.isEmpty()) {
            throw new IllegalStateException("index " + symbol + " needs an exchange: tws4j knows the exchange of "
                    + String.join(", ", KNOWN.keySet().stream().sorted().toList()) + " only; call onExchange(...)");
        }
        return base(SecurityType.INDEX).build();
    }

    private static String known(String symbol, int field, String fallback) {
        String[] entry = KNOWN.get(symbol == null ? "" : symbol.strip());
        return entry == null ? fallback : entry[field];
    }
}

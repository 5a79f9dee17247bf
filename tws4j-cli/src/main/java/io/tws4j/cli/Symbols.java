package io.tws4j.cli;

import io.tws4j.contracts.Contract;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contracts from what a trader types: {@code AAPL} is a stock routed SMART in USD, {@code EUR.USD}
 * a currency pair on IDEALPRO.
 */
public final class Symbols {
    private static final Pattern PAIR = Pattern.compile("[A-Z]{3}\\.[A-Z]{3}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9 .]{0,11}");

    private Symbols() {}

    /**
     * The contract a symbol names.
     *
     * @throws Problem if it cannot be a symbol
     */
    public static Contract contract(String typed) {
        String symbol = typed.strip().toUpperCase(Locale.ROOT);
        if (PAIR.matcher(symbol).matches()) {
            return Contract.forex(symbol.substring(0, 3), symbol.substring(4)).build();
        }
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new Problem("'" + typed + "' is not a symbol: give a stock's ticker such as AAPL, or a currency pair such as EUR.USD");
        }
        return Contract.stock(symbol).build();
    }
}

package io.tws4j.contracts;

import java.util.Locale;
import java.util.Objects;

/** Argument checks of the contract builders; each failure names the field and the value. */
final class Checks {

    private Checks() {}

    /** Returns the symbol stripped; rejects a blank one. */
    static String symbol(String symbol) {
        String value = Objects.requireNonNull(symbol, "symbol").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a contract needs a symbol; got a blank one");
        }
        return value;
    }

    /** Returns the currency upper-cased; it must be a three-letter code. */
    static String currency(String currency) {
        String value = Objects.requireNonNull(currency, "currency").strip().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is a three-letter code such as USD, not '" + currency + "'");
        }
        return value;
    }

    /** Returns the exchange upper-cased; rejects a blank one. */
    static String exchange(String exchange) {
        String value = Objects.requireNonNull(exchange, "exchange").strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an exchange must not be blank; leave it out to use the default");
        }
        return value;
    }

    /** Returns the value stripped; rejects a blank one. */
    static String nonBlank(String value, String field) {
        String stripped = Objects.requireNonNull(value, field).strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return stripped;
    }

    /** Returns the strike; it must be a finite positive number. */
    static double strike(double strike) {
        if (!(strike > 0) || Double.isInfinite(strike)) {
            throw new IllegalArgumentException("an option's strike must be a positive number, not " + strike);
        }
        return strike;
    }

    /** Returns the multiplier; it must be a finite positive number. */
    static double multiplier(double multiplier) {
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("a multiplier must be a positive number, not " + multiplier);
        }
        return multiplier;
    }
}

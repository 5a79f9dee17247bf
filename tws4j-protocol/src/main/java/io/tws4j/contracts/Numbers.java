package io.tws4j.contracts;

import java.math.BigDecimal;

/** Number formatting and parsing shared by this package and its codec. */
final class Numbers {

    private Numbers() {}

    /** Formats a double without exponent or trailing zeros: {@code 150}, {@code 0.25}, {@code 0.00005}. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

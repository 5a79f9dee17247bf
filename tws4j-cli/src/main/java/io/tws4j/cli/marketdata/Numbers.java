package io.tws4j.cli.marketdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/** Prices and sizes as tables show them: prices with their own decimals (at least two), sizes exactly, gaps as '-'. */
public final class Numbers {

    private Numbers() {}

    /** A price with at least two decimals and at most six. */
    public static String price(double price) {
        BigDecimal rounded = BigDecimal.valueOf(price).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (rounded.scale() < 2 ? rounded.setScale(2, RoundingMode.UNNECESSARY) : rounded).toPlainString();
    }

    public static String price(OptionalDouble price) {
        return price.isPresent() ? price(price.getAsDouble()) : "-";
    }

    /** A size exactly, without trailing zeros. */
    public static String size(BigDecimal size) {
        return size.stripTrailingZeros().toPlainString();
    }

    public static String size(Optional<BigDecimal> size) {
        return size.map(Numbers::size).orElse("-");
    }
}

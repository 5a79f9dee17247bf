package io.tws4j.cli.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the demo prints them: prices with their own decimals, sizes exactly. */
final class DemoFormat {

    private DemoFormat() {}

    static String price(double price) {
        BigDecimal rounded = BigDecimal.valueOf(price).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (rounded.scale() < 2 ? rounded.setScale(2) : rounded).toPlainString();
    }

    static String size(BigDecimal size) {
        return size.stripTrailingZeros().toPlainString();
    }
}

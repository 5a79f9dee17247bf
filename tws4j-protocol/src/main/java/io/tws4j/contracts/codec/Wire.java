package io.tws4j.contracts.codec;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/** The "unset values stay off the wire" rule, and the number formats of the wire's text fields. */
final class Wire {

    private Wire() {}

    /** Sets a text field unless it is empty. */
    static void text(String value, Consumer<String> setter) {
        if (!value.isEmpty()) {
            setter.accept(value);
        }
    }

    /** Sets a number field unless it is zero. */
    static void number(double value, DoubleConsumer setter) {
        if (value != 0) {
            setter.accept(value);
        }
    }

    /** Sets a decimal text field unless it is zero, written without exponent. */
    static void decimal(BigDecimal value, Consumer<String> setter) {
        if (value.signum() != 0) {
            setter.accept(value.toPlainString());
        }
    }

    /** Sets a price text field (a min tick, say) unless it is zero, in its shortest decimal form. */
    static void price(double value, Consumer<String> setter) {
        if (value != 0) {
            setter.accept(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }
    }

    /** Reads a decimal text field; blank is zero. */
    static BigDecimal decimal(String text) {
        String value = text.strip();
        return value.isEmpty() ? BigDecimal.ZERO : new BigDecimal(value);
    }

    /** Reads a price text field; blank is zero. */
    static double price(String text) {
        String value = text.strip();
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }
}

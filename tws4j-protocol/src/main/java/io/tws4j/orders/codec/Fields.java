package io.tws4j.orders.codec;

import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/** The "unset stays off the wire" rule for the order messages, and the reading of decimal text. */
final class Fields {
    /** IB's clients' marker of an unset double; TWS sends it for values it does not compute. */
    static final double UNSET_DOUBLE = Double.MAX_VALUE;

    private Fields() {}

    static void text(String value, Consumer<String> setter) {
        if (!value.isEmpty()) {
            setter.accept(value);
        }
    }

    static void number(double value, DoubleConsumer setter) {
        if (value != 0) {
            setter.accept(value);
        }
    }

    static void number(int value, IntConsumer setter) {
        if (value != 0) {
            setter.accept(value);
        }
    }

    static void flag(boolean value, Consumer<Boolean> setter) {
        if (value) {
            setter.accept(true);
        }
    }

    static void optional(OptionalInt value, IntConsumer setter) {
        value.ifPresent(setter);
    }

    static void optional(OptionalDouble value, DoubleConsumer setter) {
        value.ifPresent(setter);
    }

    /** Writes a nonzero decimal as TWS does: plain digits, no exponent. */
    static void decimal(BigDecimal value, Consumer<String> setter) {
        if (value.signum() != 0) {
            setter.accept(Decimals.format(value));
        }
    }

    /** Reads decimal text; empty is zero. */
    static BigDecimal decimal(String text) {
        return text.isBlank() ? BigDecimal.ZERO : Decimals.parse(text);
    }

    /** Reads a double TWS may leave unset (absent or {@link #UNSET_DOUBLE}). */
    static OptionalDouble optionalDouble(boolean present, double value) {
        return present && value != UNSET_DOUBLE ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Reads a double TWS may leave unset as NaN. */
    static double orNaN(boolean present, double value) {
        return present && value != UNSET_DOUBLE ? value : Double.NaN;
    }

    static OptionalInt optionalInt(boolean present, int value) {
        return present ? OptionalInt.of(value) : OptionalInt.empty();
    }
}

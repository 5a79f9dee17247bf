package io.tws4j.simulator.core;

import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the request fields TWS parses rather than takes as they are, each turning a value that
 * does not read into TWS's error for it, named after the field. Handlers read such fields
 * through these before they use them, so that a bad value is answered, never thrown.
 */
public final class RequestFields {
    /**
     * The largest decimal exponent TWS's 64-bit decimals hold (IEEE 754 decimal64: about 10^385);
     * also the smallest, negated, with room for the 16 digits.
     */
    private static final int MAX_EXPONENT = 384;
    private static final int MIN_EXPONENT = -398;

    private RequestFields() {}

    /**
     * Reads a decimal string (a quantity or a size): blank is zero.
     *
     * @throws RequestRejected 320 if the text is not a number, or one beyond the range of TWS's
     *     64-bit decimals (inferred: such a number cannot be read into one)
     */
    public static BigDecimal decimal(String field, String text) {
        if (text.isBlank()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value;
        try {
            value = Decimals.parse(text);
        } catch (NumberFormatException e) {
            throw RequestRejected.unparsable(field, text);
        }
        int exponent = value.precision() - value.scale() - 1;
        if (value.signum() != 0 && (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT)) {
            throw RequestRejected.unparsable(field, text);
        }
        return value;
    }

    /**
     * Reads a date sent as the number {@code yyyyMMdd}.
     *
     * @param where the request, for the error text
     * @throws RequestRejected 321 if the number is not such a date (inferred wording)
     */
    public static LocalDate date(String where, String field, int yyyymmdd) {
        if (yyyymmdd < 1000_01_01 || yyyymmdd > 9999_12_31) {
            throw RequestRejected.invalid(where, field + " " + yyyymmdd + " is not a date in the form yyyymmdd");
        }
        try {
            return LocalDate.of(yyyymmdd / 1_00_00, yyyymmdd / 1_00 % 1_00, yyyymmdd % 1_00);
        } catch (DateTimeException e) {
            throw RequestRejected.invalid(where, field + " " + yyyymmdd + " is not a date in the form yyyymmdd");
        }
    }
}

package io.tws4j.protocol.wire;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The decimal strings TWS uses for sizes, volumes and quantities, read straight from the wire
 * without a regular expression and, for common values, without allocating: plain numbers of up
 * to 18 digits are accumulated digit by digit, and whole numbers up to 1,023 and round lots
 * (multiples of 100) up to 102,300 come from a cache. Anything else (an exponent, more digits)
 * goes to {@link BigDecimal}'s own parser.
 */
public final class Decimals {
    private static final int CACHED = 1_024;
    private static final BigDecimal[] SMALL = new BigDecimal[CACHED];
    private static final BigDecimal[] ROUND_LOTS = new BigDecimal[CACHED];
    private static final int MAX_FAST_DIGITS = 18;
    private static final int SCRATCH_SIZE = 64;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[SCRATCH_SIZE]);

    static {
        for (int i = 0; i < CACHED; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
            ROUND_LOTS[i] = BigDecimal.valueOf(i * 100L);
        }
    }

    private Decimals() {}

    /**
     * Reads a length-delimited decimal string from a protobuf body (its tag already read).
     *
     * @return the value, or null for an empty string
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static BigDecimal read(CodedInputStream in) throws IOException {
        int length = in.readRawVarint32();
        if (length == 0) {
            return null;
        }
        if (length < 0 || length > SCRATCH_SIZE) {
            byte[] text = in.readRawBytes(length);
            requireUtf8(text, length);
            return parse(text, 0, text.length);
        }
        byte[] scratch = SCRATCH.get();
        for (int i = 0; i < length; i++) {
            scratch[i] = in.readRawByte();
        }
        requireUtf8(scratch, length);
        return parse(scratch, 0, length);
    }

    /** Fails as the generated parsers do on a string field that is not UTF-8; ASCII, the usual case, is checked byte by byte. */
    private static void requireUtf8(byte[] text, int length) throws InvalidProtocolBufferException {
        for (int i = 0; i < length; i++) {
            if (text[i] < 0) {
                if (!ByteString.copyFrom(text, 0, length).isValidUtf8()) {
                    throw new InvalidProtocolBufferException("Protocol message had invalid UTF-8.");
                }
                return;
            }
        }
    }

    /**
     * Parses decimal text such as {@code 100}, {@code -0.25} or {@code 1E+3}.
     *
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static BigDecimal parse(byte[] text, int offset, int length) {
        long unscaled = 0;
        int scale = 0;
        int digits = 0;
        boolean anyDigit = false;
        boolean fraction = false;
        boolean negative = length > 0 && text[offset] == '-';
        int start = negative ? offset + 1 : offset;
        int end = offset + length;
        if (start == end) {
            return slow(text, offset, length);
        }
        for (int i = start; i < end; i++) {
            byte b = text[i];
            if (b >= '0' && b <= '9') {
                anyDigit = true;
                if (unscaled != 0 || b != '0') {
                    if (++digits > MAX_FAST_DIGITS) {
                        return slow(text, offset, length);
                    }
                }
                unscaled = unscaled * 10 + (b - '0');
                if (fraction) {
                    scale++;
                }
            } else if (b == '.' && !fraction) {
                fraction = true;
            } else {
                return slow(text, offset, length);
            }
        }
        if (!anyDigit) {
            return slow(text, offset, length);   // "." or "-.": BigDecimal's message names the text
        }
        return of(negative ? -unscaled : unscaled, scale);
    }

    /** Parses decimal text such as {@code "100"} or {@code "0.25"}. */
    public static BigDecimal parse(String text) {
        byte[] bytes = text.strip().getBytes(StandardCharsets.US_ASCII);
        return parse(bytes, 0, bytes.length);
    }

    /** Returns the decimal with this unscaled value and scale, from the cache when it holds it. */
    public static BigDecimal of(long unscaled, int scale) {
        if (scale == 0 && unscaled >= 0) {
            if (unscaled < CACHED) {
                return SMALL[(int) unscaled];
            }
            if (unscaled % 100 == 0 && unscaled / 100 < CACHED) {
                return ROUND_LOTS[(int) (unscaled / 100)];
            }
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** Formats a decimal as TWS writes it: plain digits, no exponent, no trailing zeros after the point. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static BigDecimal slow(byte[] text, int offset, int length) {
        String value = new String(text, offset, length, StandardCharsets.US_ASCII).strip();
        if (value.isEmpty()) {
            throw new NumberFormatException("empty decimal");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a decimal: \"" + value + "\"");
        }
    }
}

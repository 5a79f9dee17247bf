package io.tws4j.marketdata.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.protocol.wire.Decimals;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * What the direct decoders share: short ASCII strings (exchanges, market makers) read through a
 * small cache so that a busy stream does not allocate a string per tick for the same few names,
 * and the rules for absent values that the generated classes follow.
 */
final class WireReads {
    private static final int CACHED_LENGTH = 24;
    private static final int CACHE_SIZE = 1_024;
    private static final String[] CACHE = new String[CACHE_SIZE];
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[CACHED_LENGTH]);

    private WireReads() {}

    /**
     * Reads a length-delimited UTF-8 string (its tag already read), as {@code readStringRequireUtf8}
     * does; short ASCII strings come from the cache once seen.
     *
     * @throws InvalidProtocolBufferException if the bytes are not UTF-8 or overrun the message
     */
    static String cachedString(CodedInputStream in) throws IOException {
        int length = in.readRawVarint32();
        if (length == 0) {
            return "";
        }
        if (length < 0 || length > CACHED_LENGTH) {
            return validUtf8(ByteString.copyFrom(in.readRawBytes(length)));
        }
        byte[] scratch = SCRATCH.get();
        int hash = 0;
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            byte b = in.readRawByte();
            scratch[i] = b;
            hash = 31 * hash + b;
            ascii &= b >= 0;
        }
        if (!ascii) {
            return validUtf8(ByteString.copyFrom(scratch, 0, length));
        }
        int slot = (hash ^ (hash >>> 16)) & (CACHE_SIZE - 1);
        String cached = CACHE[slot];
        if (cached != null && matches(cached, scratch, length)) {
            return cached;
        }
        String text = new String(scratch, 0, length, StandardCharsets.US_ASCII);
        CACHE[slot] = text;
        return text;
    }

    /**
     * Stands for a decimal field whose text is not a number. Protobuf lets a later occurrence of a
     * field replace an earlier one, so a decoder keeps reading and fails only if the last
     * occurrence is unreadable, as the generated classes do.
     */
    static final BigDecimal UNREADABLE = new BigDecimal("-0.5");

    /** Reads a decimal string: null when empty, {@link #UNREADABLE} when not a number. */
    static BigDecimal decimalOrUnreadable(CodedInputStream in) throws IOException {
        try {
            return Decimals.read(in);
        } catch (NumberFormatException e) {
            return UNREADABLE;
        }
    }

    /** Returns a decimal read by {@link #decimalOrUnreadable}, failing if the field's last text was not a number. */
    static BigDecimal readable(BigDecimal value, String field) {
        if (value == UNREADABLE) {
            throw new NumberFormatException(field + " is not a decimal number");
        }
        return value;
    }

    /** Maps a generated decimal string; empty is zero. */
    static BigDecimal decimalOrZero(String text) {
        return text.isEmpty() ? BigDecimal.ZERO : Decimals.parse(text);
    }

    private static boolean matches(String cached, byte[] bytes, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static String validUtf8(ByteString bytes) throws InvalidProtocolBufferException {
        if (!bytes.isValidUtf8()) {
            throw new InvalidProtocolBufferException("Protocol message had invalid UTF-8.");
        }
        return bytes.toStringUtf8();
    }
}

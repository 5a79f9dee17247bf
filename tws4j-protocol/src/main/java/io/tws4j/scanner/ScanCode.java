package io.tws4j.scanner;

import java.util.Locale;
import java.util.Objects;

/**
 * What a scan ranks by, as TWS names it ({@code TOP_PERC_GAIN}, {@code MOST_ACTIVE} ...). TWS
 * knows hundreds; the constants here are the common stock scans, and {@link #of(String)} names
 * any other that {@link ScannerParameters#scanTypes()} lists.
 *
 * {@snippet :
 * ScanCode gainers = ScanCode.TOP_PERC_GAIN;
 * ScanCode other = ScanCode.of("HIGH_VS_52W_HL");
 * }
 *
 * @param code the code that travels, upper case
 */
public record ScanCode(String code) {
    /** The largest gains in percent since the previous close. */
    public static final ScanCode TOP_PERC_GAIN = new ScanCode("TOP_PERC_GAIN");
    /** The largest losses in percent since the previous close. */
    public static final ScanCode TOP_PERC_LOSE = new ScanCode("TOP_PERC_LOSE");
    /** The most shares traded today. */
    public static final ScanCode MOST_ACTIVE = new ScanCode("MOST_ACTIVE");
    /** The most traded today in US dollars (shares times price). */
    public static final ScanCode MOST_ACTIVE_USD = new ScanCode("MOST_ACTIVE_USD");
    /** Today's volume highest relative to the usual volume by this time of day. */
    public static final ScanCode HOT_BY_VOLUME = new ScanCode("HOT_BY_VOLUME");
    /** The largest gains in percent since today's open. */
    public static final ScanCode TOP_OPEN_PERC_GAIN = new ScanCode("TOP_OPEN_PERC_GAIN");
    /** The largest losses in percent since today's open. */
    public static final ScanCode TOP_OPEN_PERC_LOSE = new ScanCode("TOP_OPEN_PERC_LOSE");
    /** The largest gaps up: today's open above the previous close, in percent. */
    public static final ScanCode HIGH_OPEN_GAP = new ScanCode("HIGH_OPEN_GAP");
    /** The largest gaps down: today's open below the previous close, in percent. */
    public static final ScanCode LOW_OPEN_GAP = new ScanCode("LOW_OPEN_GAP");
    /** The widest ranges today: high minus low, in percent of the previous close. */
    public static final ScanCode TOP_PRICE_RANGE = new ScanCode("TOP_PRICE_RANGE");
    /** The most trades today. */
    public static final ScanCode TOP_TRADE_COUNT = new ScanCode("TOP_TRADE_COUNT");

    public ScanCode {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(Locale.ROOT);
    }

    /** Returns the scan code with this name (any case). */
    public static ScanCode of(String code) {
        return new ScanCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

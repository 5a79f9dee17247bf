package io.tws4j.historical;

/**
 * Which hours historical data covers: the regular (liquid) hours only, or every hour the
 * instrument trades, pre-market and after-hours included ({@code useRTH} on the wire).
 */
public enum MarketHours {
    /** Regular trading hours only, e.g. 9:30 to 16:00 in New York for US stocks. */
    REGULAR,
    /** All trading hours, outside the regular ones included. */
    EXTENDED;

    /** Returns the wire's {@code useRTH} flag. */
    public boolean useRth() {
        return this == REGULAR;
    }

    /** Returns the hours of a wire {@code useRTH} flag. */
    public static MarketHours of(boolean useRth) {
        return useRth ? REGULAR : EXTENDED;
    }
}

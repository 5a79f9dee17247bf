package io.tws4j.marketdata;

/** Which hours data covers: the regular trading hours only, or the extended ones too ({@code useRTH} on the wire). */
public enum Hours {
    /** Regular trading hours only ({@code useRTH} true). */
    REGULAR,
    /** Regular and extended hours: pre-market, after hours, overnight ({@code useRTH} false). */
    EXTENDED;

    /** Returns whether this asks for regular hours only, as {@code useRTH} says it. */
    public boolean regularOnly() {
        return this == REGULAR;
    }
}

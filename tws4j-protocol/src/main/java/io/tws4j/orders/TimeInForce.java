package io.tws4j.orders;

import java.util.Locale;

/**
 * How long an order works. Good-after-time is not a time in force on the wire but an order
 * attribute ({@link OrderTiming#goodAfterTime()}), as in TWS's order ticket.
 */
public enum TimeInForce {
    /** Until the end of the trading day. */
    DAY("DAY"),
    /** Good till cancelled: across sessions until filled or cancelled. */
    GOOD_TILL_CANCEL("GTC"),
    /** Good till the date and time in {@link OrderTiming#goodTillDate()}. */
    GOOD_TILL_DATE("GTD"),
    /** Immediate or cancel: what does not fill at once is cancelled. */
    IMMEDIATE_OR_CANCEL("IOC"),
    /** Fill or kill: the whole quantity fills at once, or nothing does. */
    FILL_OR_KILL("FOK"),
    /** At the opening: market-on-open and limit-on-open orders. */
    OPENING("OPG"),
    /** Day till cancelled: deactivated at the end of the day rather than cancelled. */
    DAY_TILL_CANCELLED("DTC"),
    /** At auction: the pre-open auction (with a market-to-limit order). */
    AUCTION("AUC"),
    /** No time in force given (TWS applies its default, DAY). */
    UNSET(""),
    /** A code this version of tws4j does not know; it cannot be sent. */
    UNKNOWN("?");

    private final String wireValue;

    TimeInForce(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the code that travels, e.g. {@code GTC}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns whether the order ends with the trading day it was placed on. */
    public boolean endsWithTheDay() {
        return this == DAY || this == UNSET || this == OPENING || this == AUCTION;
    }

    /** Returns the time in force a code names (any case), {@link #UNSET} or {@link #UNKNOWN}. */
    public static TimeInForce of(String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (TimeInForce tif : values()) {
            if (tif != UNKNOWN && tif.wireValue.equals(normalized)) {
                return tif;
            }
        }
        return UNKNOWN;
    }
}

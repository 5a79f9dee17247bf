package io.tws4j.orders;

import java.util.Locale;

/** The side of an order, as TWS names it. */
public enum Action {
    BUY("BUY"),
    SELL("SELL"),
    /** A short sale, for institutional accounts that must mark them (most accounts just SELL). */
    SELL_SHORT("SSHORT"),
    /** A sale of shares held long, for institutional accounts that must mark them. */
    SELL_LONG("SLONG"),
    /** No action given. */
    UNSET(""),
    /** A code this version of tws4j does not know; it cannot be sent. */
    UNKNOWN("?");

    private final String wireValue;

    Action(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the code that travels, e.g. {@code BUY} or {@code SSHORT}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns whether the action buys. */
    public boolean isBuy() {
        return this == BUY;
    }

    /** Returns whether the action sells (short or long sales included). */
    public boolean isSell() {
        return this == SELL || this == SELL_SHORT || this == SELL_LONG;
    }

    /** Returns the opposite side: SELL for BUY, BUY for any sale, itself otherwise. */
    public Action opposite() {
        return isBuy() ? SELL : isSell() ? BUY : this;
    }

    /** Returns the action a code names (any case), {@link #UNSET} or {@link #UNKNOWN}. */
    public static Action of(String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (Action action : values()) {
            if (action != UNKNOWN && action.wireValue.equals(normalized)) {
                return action;
            }
        }
        return UNKNOWN;
    }
}

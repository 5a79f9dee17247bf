package io.tws4j.contracts;

import java.util.Locale;

/** What a combo leg does: buy, sell, or sell short. */
public enum LegAction {
    BUY("BUY"),
    SELL("SELL"),
    /** Sell short; the leg's short-sale slot and location say where the shares come from. */
    SELL_SHORT("SSHORT"),
    /** A code this version of tws4j does not know; the leg keeps the text. */
    UNKNOWN("?");

    private final String wireValue;

    LegAction(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the code that travels, e.g. {@code BUY}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the action a code names (case-insensitive), or {@link #UNKNOWN}. */
    public static LegAction of(String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (LegAction action : values()) {
            if (action != UNKNOWN && action.wireValue.equals(normalized)) {
                return action;
            }
        }
        return UNKNOWN;
    }
}

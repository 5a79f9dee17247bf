package io.tws4j.contracts;

import java.util.Locale;

/** The kinds of security identifier a contract can be looked up by. */
public enum SecurityIdType {
    CUSIP("CUSIP"),
    ISIN("ISIN"),
    SEDOL("SEDOL"),
    RIC("RIC"),
    FIGI("FIGI"),
    /** No identifier given (the empty code). */
    UNSET(""),
    /** A code this version of tws4j does not know; the contract keeps the text. */
    UNKNOWN("?");

    private final String wireValue;

    SecurityIdType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the code that travels, e.g. {@code ISIN}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the identifier type a code names (case-insensitive), {@link #UNSET} or {@link #UNKNOWN}. */
    public static SecurityIdType of(String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (SecurityIdType type : values()) {
            if (type != UNKNOWN && type.wireValue.equals(normalized)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}

package io.tws4j.contracts;

import java.util.Locale;

/** The right of an option: a call or a put. TWS sends {@code C} and {@code P}, and accepts {@code CALL} and {@code PUT} too. */
public enum OptionRight {
    CALL("C"),
    PUT("P"),
    /** Not an option, or the right is left open (the empty code). */
    UNSET(""),
    /** A code this version of tws4j does not know; the contract keeps the text. */
    UNKNOWN("?");

    private final String wireValue;

    OptionRight(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the code that travels: {@code C}, {@code P} or empty. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the right a code names ({@code C}, {@code CALL}, {@code P}, {@code PUT}, any case), {@link #UNSET} or {@link #UNKNOWN}. */
    public static OptionRight of(String code) {
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "C", "CALL" -> CALL;
            case "P", "PUT" -> PUT;
            case "" -> UNSET;
            default -> UNKNOWN;
        };
    }
}

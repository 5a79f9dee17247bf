package io.tws4j.contracts;

import java.util.Locale;

/**
 * The kinds of security TWS knows, with the codes they travel as ({@code STK}, {@code OPT} ...).
 * A contract keeps the code as sent ({@link Contract#secType()}); {@link #of(String)} reads it.
 */
public enum SecurityType {
    STOCK("STK"),
    OPTION("OPT"),
    FUTURE("FUT"),
    CONTINUOUS_FUTURE("CONTFUT"),
    FOREX("CASH"),
    BOND("BOND"),
    CFD("CFD"),
    FUTURE_OPTION("FOP"),
    WARRANT("WAR"),
    STRUCTURED_PRODUCT("IOPT"),
    FORWARD("FWD"),
    /** A combination of legs: spreads and other combos. */
    COMBO("BAG"),
    INDEX("IND"),
    BILL("BILL"),
    MUTUAL_FUND("FUND"),
    FIXED_INCOME("FIXED"),
    STOCK_LOAN("SLB"),
    NEWS("NEWS"),
    COMMODITY("CMDTY"),
    BASKET("BSK"),
    INTER_COMMODITY_SPREAD("ICS"),
    INTER_COMMODITY_UNIT("ICU"),
    CRYPTO("CRYPTO"),
    /** No security type given (the empty code). */
    UNSET(""),
    /** A code this version of tws4j does not know; the contract keeps the text. */
    UNKNOWN("?");

    private final String wireValue;

    SecurityType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the code that travels, e.g. {@code STK}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the type a code names (case-insensitive), {@link #UNSET} for an empty one, or {@link #UNKNOWN}. */
    public static SecurityType of(String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (SecurityType type : values()) {
            if (type != UNKNOWN && type.wireValue.equals(normalized)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}

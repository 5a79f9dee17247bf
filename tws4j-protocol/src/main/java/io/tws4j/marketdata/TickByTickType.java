package io.tws4j.marketdata;

/** The kinds of tick-by-tick data, named as TWS expects them in a request. */
public enum TickByTickType {
    /** Trades, without the kinds TWS leaves out of its "last" (combos, derivatives, average-price trades). */
    LAST("Last", 1),
    /** Every trade. */
    ALL_LAST("AllLast", 2),
    /** Changes of the best bid and offer. */
    BID_ASK("BidAsk", 3),
    /** Changes of the midpoint. */
    MIDPOINT("MidPoint", 4);

    private final String wireValue;
    private final int id;

    TickByTickType(String wireValue, int id) {
        this.wireValue = wireValue;
        this.id = id;
    }

    /** Returns the name a request carries. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the number a tick carries. */
    public int id() {
        return id;
    }

    /**
     * Returns the type a request names; like TWS, case matters ({@code BidAsk}, not {@code bidask}).
     *
     * @throws IllegalArgumentException if TWS knows no such tick-by-tick type
     */
    public static TickByTickType fromWireValue(String value) {
        for (TickByTickType type : values()) {
            if (type.wireValue.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no tick-by-tick type is called '" + value + "'");
    }

    /**
     * Returns the type a tick's number stands for.
     *
     * @throws IllegalArgumentException for a number TWS does not use
     */
    public static TickByTickType of(int id) {
        for (TickByTickType type : values()) {
            if (type.id == id) {
                return type;
            }
        }
        throw new IllegalArgumentException("no tick-by-tick type has number " + id);
    }
}

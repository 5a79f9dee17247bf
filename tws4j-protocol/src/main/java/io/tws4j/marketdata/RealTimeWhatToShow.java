package io.tws4j.marketdata;

/** What real-time bars are built from, named as TWS expects them. */
public enum RealTimeWhatToShow {
    /** Trade prices and volumes. */
    TRADES("TRADES"),
    /** Midpoints of the best bid and offer. */
    MIDPOINT("MIDPOINT"),
    /** Best bids. */
    BID("BID"),
    /** Best offers. */
    ASK("ASK"),
    /** Aggregated trades, for cryptocurrencies. */
    AGG_TRADES("AGGTRADES");

    private final String wireValue;

    RealTimeWhatToShow(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the name a request carries. */
    public String wireValue() {
        return wireValue;
    }

    /**
     * Returns the value a request names, ignoring case.
     *
     * @throws IllegalArgumentException if real-time bars cannot show it
     */
    public static RealTimeWhatToShow fromWireValue(String value) {
        for (RealTimeWhatToShow what : values()) {
            if (what.wireValue.equalsIgnoreCase(value)) {
                return what;
            }
        }
        throw new IllegalArgumentException("real-time bars cannot show '" + value + "'");
    }
}

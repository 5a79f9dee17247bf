package io.tws4j.orders;

/** What price moves trigger a stop, a touch or a price condition. */
public enum TriggerMethod {
    /** The exchange's default: double bid/ask for OTC stocks and US options, last price otherwise. */
    DEFAULT(0),
    /** Two consecutive bid (or ask) prices. */
    DOUBLE_BID_ASK(1),
    /** The last price. */
    LAST(2),
    /** Two consecutive last prices. */
    DOUBLE_LAST(3),
    /** The bid (for sell stops) or the ask (for buy stops). */
    BID_ASK(4),
    /** The last price, or the bid/ask. */
    LAST_OR_BID_ASK(7),
    /** The midpoint. */
    MIDPOINT(8);

    private final int wireValue;

    TriggerMethod(int wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the number that travels. */
    public int wireValue() {
        return wireValue;
    }

    /** Returns the method a number names; unknown numbers are {@link #DEFAULT}. */
    public static TriggerMethod of(int value) {
        for (TriggerMethod method : values()) {
            if (method.wireValue == value) {
                return method;
            }
        }
        return DEFAULT;
    }
}

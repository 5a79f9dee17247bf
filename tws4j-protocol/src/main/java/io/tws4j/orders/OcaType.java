package io.tws4j.orders;

/** What a fill of one order of a one-cancels-all group does to the others. */
public enum OcaType {
    /** No group behaviour given (TWS's default: cancel the others, with block). */
    UNSET(0),
    /** Cancel the other orders, blocking overfills while it does. */
    CANCEL_WITH_BLOCK(1),
    /** Reduce the other orders' quantities by the fill, blocking overfills. */
    REDUCE_WITH_BLOCK(2),
    /** Reduce the other orders' quantities by the fill, without blocking. */
    REDUCE_NON_BLOCK(3);

    private final int wireValue;

    OcaType(int wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the number that travels. */
    public int wireValue() {
        return wireValue;
    }

    /** Returns the type a number names; unknown numbers are {@link #UNSET}. */
    public static OcaType of(int value) {
        for (OcaType type : values()) {
            if (type.wireValue == value) {
                return type;
            }
        }
        return UNSET;
    }
}
